import GatehouseJSON
import GatehouseXRay
import Testing

@Suite("Service graph and renderers")
struct TraceMapTests {
    static let store = try! Scenario.store()
    static var graph: ServiceGraph { ServiceGraph.build(store.traces()) }

    @Test("A 502 from a failing Lambda shows as a fault on the function, the Lambda call and the stage")
    func faultOnTheRightNode() throws {
        let graph = Self.graph
        #expect(graph.nodes.map { "\($0.name)|\($0.type)" } == [
            "client|client", "pets-handler|AWS::Lambda::Function", "pets/prod|AWS::ApiGateway::Stage",
        ])
        let function = try #require(graph.node(named: "pets-handler"))
        #expect(function.statistics.faultCount == 1 && function.statistics.okCount == 1)
        let stage = try #require(graph.node(named: "pets/prod"))
        #expect(stage.statistics.okCount == 1 && stage.statistics.faultCount == 1)
        #expect(stage.statistics.throttleCount == 1 && stage.statistics.errorCount == 1)
        let edge = try #require(stage.edges.first { $0.destination == function.referenceID })
        #expect(edge.statistics.faultCount == 1 && edge.statistics.totalCount == 2)
        #expect(graph.nodes[0].edges.map(\.destination) == [stage.referenceID])
    }

    @Test("Without the function's own segments the Lambda call becomes an inferred AWS::Lambda node")
    func inferredNode() throws {
        let store = try TraceStore()
        for segment in Scenario.record().stageSegments { store.record(segment) }
        let graph = ServiceGraph.build(store.traces())
        let lambda = try #require(graph.node(named: "Lambda"))
        #expect(lambda.type == "AWS::Lambda")
        #expect(lambda.isInferred)
        #expect(lambda.statistics.health == .fault)
        expectGolden(TextTraceMapRenderer().render(graph), "map-inferred.txt")
    }

    @Test("Text map")
    func text() { expectGolden(TextTraceMapRenderer().render(Self.graph), "map.txt") }

    @Test("DOT map")
    func dot() { expectGolden(DOTTraceMapRenderer().render(Self.graph), "map.dot") }

    @Test("SVG map")
    func svg() { expectGolden(SVGTraceMapRenderer().render(Self.graph), "map.svg") }

    @Test("HTML map is self-contained")
    func html() {
        let page = HTMLPage.serviceMap(Self.graph)
        expectGolden(page, "map.html")
        for external in ["<script", "<link", "src=", "@import", "url(http"] { #expect(!page.contains(external)) }
    }

    @Test("Timeline of the 502 trace as text, SVG and HTML")
    func timeline() throws {
        let trace = try #require(Self.store.traces().dropFirst().first)
        expectGolden(TimelineRenderer().renderText(trace), "timeline-502.txt")
        expectGolden(TimelineRenderer().renderSVG(trace), "timeline-502.svg")
        expectGolden(HTMLPage.timeline(trace), "timeline-502.html")
    }

    @Test("GetServiceGraph answers in AWS's shape")
    func serviceGraphResponse() throws {
        let api = XRayReadAPI(store: Self.store)
        let response = api.handle(method: "POST", path: "/ServiceGraph", body: Array(#"{"StartTime":1699999999,"EndTime":1700000010}"#.utf8))
        #expect(response.status == 200)
        expectGolden(XRayJSON.prettyPrint(try XRayJSON.parse(response.body)) + "\n", "get-service-graph.json")
    }

    @Test("BatchGetTraces returns every document and lists unknown ids")
    func batchGetTraces() throws {
        let api = XRayReadAPI(store: Self.store)
        let id = try #require(Self.store.traces().first?.id)
        let body = XRayJSON.serialize(["TraceIds": [.string(id.description), "1-00000000-000000000000000000000000", "junk"]])
        let response = api.handle(method: "POST", path: "/Traces", body: Array(body.utf8))
        let json = try XRayJSON.parse(response.body)
        #expect(json["Traces"]?[0]?["Segments"]?.arrayValue?.count == 2)
        #expect(json["UnprocessedTraceIds"] == ["1-00000000-000000000000000000000000", "junk"])
        expectGolden(XRayJSON.prettyPrint(json) + "\n", "batch-get-traces.json")
    }

    @Test("GetTraceSummaries golden")
    func summaries() throws {
        let api = XRayReadAPI(store: Self.store)
        let response = api.handle(method: "POST", path: "/TraceSummaries", body: Array(#"{"StartTime":0,"EndTime":1800000000,"FilterExpression":"fault"}"#.utf8))
        expectGolden(XRayJSON.prettyPrint(try XRayJSON.parse(response.body)) + "\n", "get-trace-summaries-fault.json")
    }
}
