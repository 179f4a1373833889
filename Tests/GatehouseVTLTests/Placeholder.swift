import Testing

@Suite struct GatehouseVTLPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
