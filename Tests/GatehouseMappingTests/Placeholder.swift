import Testing

@Suite struct GatehouseMappingPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
