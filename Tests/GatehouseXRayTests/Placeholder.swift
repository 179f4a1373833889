import Testing

@Suite struct GatehouseXRayPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
