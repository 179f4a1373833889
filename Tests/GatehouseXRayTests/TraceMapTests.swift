import GatehouseJSON
import GatehouseXRay
import Testing

@Suite("Service graph and renderers")
struct TraceMapTests {
    static let store = try! Scenario.store()
    static var graph: ServiceGraph { ServiceGraph.build(store.traces()) }

    @Test("A 502 from a failing Lambda shows as a fault on the function, the Lambda service and the stage")
    func faultOnTheRightNode() throws {
        let graph = Self.graph
        #expect(graph.nodes.map { "\($0.name)|\($0.type)" } == [
            "client|client", "pets-handler|AWS::Lambda", "pets-handler|AWS::Lambda::Function", "pets/prod|AWS::ApiGateway::Stage",
        ])
        let function = try #require(graph.node(named: "pets-handler", type: "AWS::Lambda::Function"))
        #expect(function.statistics.faultCount == 1 && function.statistics.okCount == 1)
        #expect(!function.isInferred)
        let service = try #require(graph.node(named: "pets-handler", type: "AWS::Lambda"))
        #expect(service.isInferred)
        #expect(service.statistics.faultCount == 1 && service.statistics.okCount == 1)
        let stage = try #require(graph.node(named: "pets/prod"))
        #expect(stage.statistics.okCount == 1 && stage.statistics.faultCount == 1)
        #expect(stage.statistics.throttleCount == 1 && stage.statistics.errorCount == 1)
        // client -> stage -> Lambda service -> function, as X-Ray's console draws it.
        #expect(graph.nodes[0].edges.map(\.destination) == [stage.referenceID])
        #expect(stage.edges.map(\.destination) == [service.referenceID])
        #expect(service.edges.map(\.destination) == [function.referenceID])
        #expect(function.edges.isEmpty)
        let toService = try #require(stage.edges.first)
        #expect(toService.statistics.faultCount == 1 && toService.statistics.totalCount == 2)
        let toFunction = try #require(service.edges.first)
        #expect(toFunction.statistics.faultCount == 1 && toFunction.statistics.totalCount == 2)
        // The service's latency is the invoke's (88 ms and 38 ms); the function's its own (80, 30).
        #expect(service.statistics.histogram == [88: 1, 38: 1])
        #expect(function.statistics.histogram == [80: 1, 30: 1])
    }

    @Test("The Lambda service node is named by the function an invoke names (name or ARN), and only for Lambda")
    func lambdaFunctionNames() throws {
        func invoke(_ aws: JSONObject?, name: String = "Lambda") -> Segment {
            var call = Segment(name: name, id: SegmentID(2), startTime: 1, endTime: 2)
            call.namespace = "aws"
            call.aws = aws
            return call
        }
        #expect(ServiceGraph.invokedLambdaFunction(invoke(["function_name": "orders"])) == "orders")
        #expect(ServiceGraph.invokedLambdaFunction(invoke(["function_name": "arn:aws:lambda:us-east-1:123456789012:function:orders:live"])) == "orders")
        #expect(ServiceGraph.invokedLambdaFunction(invoke(["resource_names": ["orders"]])) == "orders")
        #expect(ServiceGraph.invokedLambdaFunction(invoke(["operation": "Invoke"])) == nil)
        #expect(ServiceGraph.invokedLambdaFunction(invoke(nil)) == nil)
        #expect(ServiceGraph.invokedLambdaFunction(invoke(["table_name": "pets"], name: "DynamoDB")) == nil)

        // A function whose own trace has the Lambda service's segment (`AWS::Lambda`) gets no
        // second, inferred service node.
        let traceID = TraceID(epoch: 1_700_000_000, high: 0, low: 9)
        var stage = Segment(name: "pets/prod", id: SegmentID(1), traceID: traceID, startTime: 1, endTime: 3)
        stage.origin = "AWS::ApiGateway::Stage"
        stage.subsegments = [invoke(["function_name": "orders"])]
        var service = Segment(name: "orders", id: SegmentID(3), traceID: traceID, parentID: SegmentID(2), startTime: 1.1, endTime: 1.9)
        service.origin = "AWS::Lambda"
        var function = Segment(name: "orders", id: SegmentID(4), traceID: traceID, parentID: SegmentID(3), startTime: 1.2, endTime: 1.8)
        function.origin = "AWS::Lambda::Function"
        let graph = ServiceGraph.build([Trace(id: traceID, segments: [stage, service, function])])
        #expect(graph.nodes.map { "\($0.name)|\($0.type)|\($0.isInferred)|\($0.edges.map(\.destination))" } == [
            "client|client|false|[3]", "orders|AWS::Lambda|false|[2]", "orders|AWS::Lambda::Function|false|[]",
            "pets/prod|AWS::ApiGateway::Stage|false|[1]",
        ])
    }

    @Test("Without the function's own segments the Lambda call becomes an inferred AWS::Lambda node")
    func inferredNode() throws {
        let store = try TraceStore()
        for segment in Scenario.record().stageSegments { store.record(segment) }
        let graph = ServiceGraph.build(store.traces())
        let lambda = try #require(graph.node(named: "pets-handler"))
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
