import GatehouseJSON
import GatehouseXRay
import Testing

@Suite("TraceRecorder")
struct RecorderTests {
    func makeRecorder(sampler: Sampler = Sampler.always()) -> (TraceRecorder, InMemoryTraceSink, ManualTraceClock) {
        let sink = InMemoryTraceSink()
        let clock = ManualTraceClock(1_700_000_000)
        return (TraceRecorder(sink: sink, sampler: sampler, clock: clock, ids: SequentialIDGenerator()), sink, clock)
    }

    @Test("An incoming Root and Parent are continued and returned")
    func continuesTrace() {
        let (recorder, sink, _) = makeRecorder()
        let incoming = TraceHeader(parsing: "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")
        let stage = recorder.beginStage(apiName: "pets", stage: "prod", header: incoming, request: .init(method: "GET"))
        #expect(stage.responseHeader.description == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")
        let call = stage.beginSubsegment(name: "Lambda", namespace: .aws)
        #expect(call.downstreamHeader.description == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=0000000000000002;Sampled=1")
        call.end()
        stage.end()
        #expect(sink.segments.count == 1)
        #expect(sink.segments[0].parentID?.description == "53995c3f42cd8ad8")
        #expect(sink.segments[0].subsegments.map(\.name) == ["Lambda"])
    }

    @Test("A header with only Root gets this segment as Parent")
    func rootOnly() {
        let (recorder, _, _) = makeRecorder()
        let stage = recorder.beginStage(apiName: "pets", stage: "prod",
                                        header: TraceHeader(parsing: "Root=1-5759e988-bd862e3fe1be46a994272793"), request: .init())
        #expect(stage.responseHeader.description == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=0000000000000001;Sampled=1")
    }

    @Test("Sampled=0 propagates and records nothing")
    func notSampled() {
        let (recorder, sink, _) = makeRecorder()
        let stage = recorder.beginSegment(name: "svc", header: TraceHeader(parsing: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0"))
        #expect(stage.downstreamHeader.description == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=0000000000000001;Sampled=0")
        stage.end()
        #expect(sink.segments.isEmpty)
    }

    @Test("withSubsegment records a thrown error as a fault with its cause")
    func errorsBecomeFaults() async {
        struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
        let (recorder, sink, clock) = makeRecorder()
        await #expect(throws: Boom.self) {
            try await recorder.withSegment(name: "svc") { segment in
                clock.advance(by: 0.25)
                try segment.withSubsegment(name: "step") { _ in throw Boom() }
            }
        }
        let segment = sink.segments[0]
        #expect(segment.fault && segment.subsegments[0].fault)
        #expect(segment.duration == 0.25)
        #expect(XRayJSON.serialize(segment.subsegments[0].cause!) == #"{"exceptions":[{"id":"0000000000000004","message":"boom","type":"Boom"}]}"#)
    }

    @Test("Status codes set error, throttle and fault as API Gateway does", arguments: [
        (200, Outcome.ok), (302, .ok), (400, .error), (404, .error), (429, .throttle), (500, .fault), (502, .fault), (504, .fault),
    ])
    func outcomes(_ status: Int, _ outcome: Outcome) {
        var segment = Segment(name: "a", id: SegmentID(1), startTime: 0, endTime: 1)
        segment.setOutcome(status: status)
        #expect(segment.outcome == outcome)
        #expect(segment.error == (400..<500).contains(status))
    }
}

@Suite("Sampling")
struct SamplerTests {
    @Test("The default rule: one request a second from the reservoir, then five percent")
    func defaultRule() {
        let clock = ManualTraceClock(100.0)
        let draws = [0.01, 0.5, 0.049, 0.05]
        let index = ManualTraceClock(0)
        let sampler = Sampler(clock: clock, random: {
            let i = Int(index.now())
            index.advance(by: 1)
            return draws[i % draws.count]
        })
        var decisions: [Bool] = []
        for _ in 0..<5 { decisions.append(sampler.decide(SamplingRequest()).sampled) }
        // First from the reservoir; then 0.01 < 0.05 yes, 0.5 no, 0.049 yes, 0.05 no.
        #expect(decisions == [true, true, false, true, false])
        clock.advance(by: 1)
        #expect(sampler.decide(SamplingRequest()).fromReservoir)
    }

    @Test("Rules in get-sampling-rules shape match by priority, host, method and path")
    func userRules() throws {
        let json = #"""
            {"SamplingRuleRecords": [
              {"SamplingRule": {"RuleName": "Default", "Priority": 10000, "FixedRate": 0.01, "ReservoirSize": 0, "ServiceName": "*",
                "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "ResourceARN": "*", "Version": 1, "Attributes": {}}},
              {"SamplingRule": {"RuleName": "polling", "Priority": 5000, "FixedRate": 0, "ReservoirSize": 0, "ServiceName": "pets/*",
                "ServiceType": "*", "Host": "*", "HTTPMethod": "GET", "URLPath": "/health*", "ResourceARN": "*", "Version": 1}},
              {"SamplingRule": {"RuleName": "orders", "Priority": 9000, "FixedRate": 1, "ReservoirSize": 0, "ServiceName": "*",
                "ServiceType": "*", "Host": "api.example.com", "HTTPMethod": "*", "URLPath": "/orders/?", "ResourceARN": "*", "Version": 1}}
            ]}
            """#
        let rules = try SamplingRule.parseRules(json)
        let sampler = Sampler(rules: rules, clock: ManualTraceClock(0), random: { 0.5 })
        #expect(sampler.rules.map(\.ruleName) == ["polling", "orders", "Default"])
        #expect(sampler.decide(SamplingRequest(httpMethod: "GET", urlPath: "/healthz", serviceName: "pets/prod")) == .init(sampled: false, ruleName: "polling", fromReservoir: false))
        #expect(sampler.decide(SamplingRequest(host: "API.example.com", httpMethod: "POST", urlPath: "/orders/7")).ruleName == "orders")
        #expect(sampler.decide(SamplingRequest(host: "api.example.com", urlPath: "/orders/77")).ruleName == "Default")
    }

    @Test("A rules file without a catch-all gets X-Ray's default rule")
    func addsDefault() throws {
        let rules = try SamplingRule.parseRules(#"[{"RuleName":"a","Priority":1,"FixedRate":1,"ReservoirSize":0,"URLPath":"/a"}]"#)
        #expect(Sampler(rules: rules).rules.last == .default)
        #expect(throws: SamplingRule.ParseError.self) { try SamplingRule.parseRules(#"[{"RuleName":"a","Priority":1,"FixedRate":2,"ReservoirSize":0}]"#) }
    }
}
