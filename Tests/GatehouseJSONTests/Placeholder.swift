import Testing

@Suite struct GatehouseJSONPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
