import Testing

@Suite struct GatehouseServerPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
