import Testing

@Suite struct GatehouseXMLPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
