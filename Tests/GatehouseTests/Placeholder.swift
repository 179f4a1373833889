import Testing

@Suite struct GatehousePlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
