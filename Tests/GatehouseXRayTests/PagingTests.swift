import GatehouseJSON
import GatehouseXRay
import Testing

@Suite("NextToken paging of GetTraceSummaries and BatchGetTraces")
struct PagingTests {
    static func traceID(_ index: Int) -> TraceID { TraceID(epoch: 1_700_000_000, high: 0, low: UInt64(index)) }

    static func store(traces count: Int) throws -> TraceStore {
        let store = try TraceStore()
        for index in 0..<count { store.record(segment(index)) }
        return store
    }

    static func segment(_ index: Int, start: Double? = nil) -> Segment {
        let begin = start ?? 1_700_000_000 + Double(index)
        var segment = Segment(name: "svc", id: SegmentID(UInt64(index) + 1), traceID: traceID(index), startTime: begin, endTime: begin + 0.5)
        segment.setOutcome(status: index % 3 == 0 ? 500 : 200)
        return segment
    }

    func call(_ api: XRayReadAPI, _ path: String, _ request: JSONObject) throws -> (Int, JSONValue, String?) {
        let response = api.handle(method: "POST", path: path, body: Array(XRayJSON.serialize(.object(request)).utf8))
        return (response.status, try XRayJSON.parse(response.body), response.errorType)
    }

    func summaryIDs(_ page: JSONValue) -> [String] {
        (page["TraceSummaries"]?.arrayValue ?? []).compactMap { $0["Id"]?.stringValue }
    }

    @Test("Summaries come most recent first, a page at a time, until no NextToken is returned")
    func summaries() throws {
        let store = try Self.store(traces: 250)
        let api = XRayReadAPI(store: store)
        var request: JSONObject = ["StartTime": 0, "EndTime": 1_800_000_000]
        var pages: [[String]] = []
        while true {
            let (status, page, _) = try call(api, "/TraceSummaries", request)
            #expect(status == 200)
            #expect(page["TracesProcessedCount"] == 250)
            pages.append(summaryIDs(page))
            guard let token = page["NextToken"]?.stringValue else { break }
            request["NextToken"] = .string(token)
        }
        #expect(pages.map(\.count) == [100, 100, 50])
        #expect(pages.joined().map { $0 } == (0..<250).reversed().map { Self.traceID($0).description })
    }

    @Test("A filter pages over the matches only; traces arriving between pages do not shift the next page")
    func filteredAndStable() throws {
        let store = try Self.store(traces: 30)
        let api = XRayReadAPI(store: store, summaryPageSize: 4)
        let (_, first, _) = try call(api, "/TraceSummaries", ["StartTime": 0, "EndTime": 1_800_000_000, "FilterExpression": "fault"])
        #expect(summaryIDs(first) == [27, 24, 21, 18].map { Self.traceID($0).description })
        // A newer faulty trace arrives; the next page continues below the last one returned.
        store.record(Self.segment(300, start: 1_700_000_500))
        let token = try #require(first["NextToken"]?.stringValue)
        let (_, second, _) = try call(api, "/TraceSummaries", ["StartTime": 0, "EndTime": 1_800_000_000, "FilterExpression": "fault", "NextToken": .string(token)])
        #expect(summaryIDs(second) == [15, 12, 9, 6].map { Self.traceID($0).description })
        let last = try call(api, "/TraceSummaries", ["StartTime": 0, "EndTime": 1_800_000_000, "FilterExpression": "fault", "NextToken": second["NextToken"]!]).1
        #expect(summaryIDs(last) == [3, 0].map { Self.traceID($0).description })
        #expect(last["NextToken"] == nil)
    }

    @Test("BatchGetTraces answers the ids a page at a time, unknown ids on their page")
    func batch() throws {
        let store = try Self.store(traces: 10)
        let api = XRayReadAPI(store: store, tracePageSize: 4)
        let ids: [JSONValue] = (0..<10).map { .string(Self.traceID($0).description) } + ["1-00000000-000000000000000000000000"]
        var request: JSONObject = ["TraceIds": .array(ids)]
        var found: [String] = []
        var unprocessed: [String] = []
        var pages = 0
        while true {
            let (status, page, _) = try call(api, "/Traces", request)
            #expect(status == 200)
            pages += 1
            found += (page["Traces"]?.arrayValue ?? []).compactMap { $0["Id"]?.stringValue }
            unprocessed += (page["UnprocessedTraceIds"]?.arrayValue ?? []).compactMap(\.stringValue)
            guard let token = page["NextToken"] else { break }
            // Opaque, but standard base64 (of "b1:OFFSET/COUNT").
            if pages == 1 { #expect(token == "YjE6NC8xMQ==") }
            request["NextToken"] = token
        }
        #expect(pages == 3)
        #expect(found == (0..<10).map { Self.traceID($0).description })
        #expect(unprocessed == ["1-00000000-000000000000000000000000"])
    }

    @Test("Tokens the API did not issue, or issued for another request, are refused", arguments: [
        ("/TraceSummaries", #"{"StartTime":0,"EndTime":1800000000,"NextToken":"not a token"}"#),
        ("/TraceSummaries", #"{"StartTime":0,"EndTime":1800000000,"NextToken":"YjE6NC8xMQ=="}"#),
        ("/Traces", #"{"TraceIds":["1-6553f100-000000000000000000000001"],"NextToken":"YjE6NC8xMQ=="}"#),
        ("/Traces", #"{"TraceIds":["1-6553f100-000000000000000000000001"],"NextToken":7}"#),
    ])
    func badTokens(_ path: String, _ body: String) throws {
        let api = XRayReadAPI(store: try Self.store(traces: 1))
        let response = api.handle(method: "POST", path: path, body: Array(body.utf8))
        #expect(response.status == 400)
        #expect(response.errorType == "InvalidRequestException")
    }
}
