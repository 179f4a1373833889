import Testing

@Suite struct GatehouseCLIPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
