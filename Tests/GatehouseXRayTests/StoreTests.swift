import Foundation
import GatehouseJSON
import GatehouseXRay
import Testing

@Suite("TraceStore")
struct StoreTests {
    static let trace = TraceID("1-581cf771-a006649127e371903a2de979")!

    func segment(_ id: UInt64, start: Double = 10, end: Double? = 11, parent: UInt64? = nil, independent: Bool = false, trace: TraceID = trace) -> Segment {
        var segment = Segment(name: "svc-\(id)", id: SegmentID(id), traceID: trace, parentID: parent.map(SegmentID.init),
                              type: independent ? "subsegment" : nil, startTime: start, endTime: end, inProgress: end == nil)
        segment.origin = independent ? nil : "AWS::EC2::Instance"
        return segment
    }

    func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "gatehouse-xray-\(UUID().uuidString)"
        return path
    }

    @Test("A later document completes an in-progress segment; an in-progress one never replaces a finished one")
    func inProgress() throws {
        let store = try TraceStore()
        store.record(segment(1, end: nil))
        #expect(store.trace(Self.trace)?.isPartial == true)
        store.record(segment(1, end: 12))
        store.record(segment(1, end: nil))
        let trace = try #require(store.trace(Self.trace))
        #expect(trace.segments.count == 1)
        #expect(trace.segments[0].endTime == 12)
        #expect(!trace.isPartial)
    }

    @Test("Independent subsegments join their parent, whichever arrives first")
    func joinsSubsegments() throws {
        let store = try TraceStore()
        store.record(segment(3, start: 10.2, end: 10.4, parent: 2, independent: true))  // child of a subsegment, first
        store.record(segment(2, start: 10.1, end: 10.5, parent: 1, independent: true))
        store.record(segment(1))
        let trace = try #require(store.trace(Self.trace))
        #expect(trace.orphans.isEmpty)
        #expect(trace.segments[0].subsegments.map(\.id.value) == [2])
        #expect(trace.segments[0].subsegments[0].subsegments.map(\.id.value) == [3])
        #expect(trace.segments[0].subsegments[0].traceID == nil)
    }

    @Test("The log survives a restart, and retention deletes the oldest files")
    func restartAndRetention() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = TraceStoreConfiguration(directory: directory, maxFileBytes: 1024, maxFiles: 3)
        do {
            let store = try TraceStore(configuration: configuration)
            for index in 1...10 {
                store.record(segment(UInt64(index), trace: TraceID(epoch: 1, high: 0, low: UInt64(index))))
                store.flush()
            }
        }
        let reopened = try TraceStore(configuration: configuration)
        #expect(reopened.statistics.replayedSegments == 10)
        // ~190 bytes a line, 1024 per file: 6 lines per file; 10 lines fit in two files.
        #expect(reopened.statistics.logFiles == 2)
        for index in 11...40 {
            reopened.record(segment(UInt64(index), trace: TraceID(epoch: 1, high: 0, low: UInt64(index))))
            reopened.flush()
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(files.count == 3)
        let last = try TraceStore(configuration: configuration, readOnly: true)
        #expect(last.trace(TraceID(epoch: 1, high: 0, low: 40)) != nil)
        #expect(last.trace(TraceID(epoch: 1, high: 0, low: 1)) == nil)
    }

    @Test("Memory stays within the segment bound: the oldest traces go first")
    func memoryBound() throws {
        let store = try TraceStore(configuration: TraceStoreConfiguration(maxSegmentsInMemory: 1_000))
        for index in 1...50_000 {
            store.record(segment(UInt64(index), trace: TraceID(epoch: 1, high: 0, low: UInt64(index))))
        }
        let statistics = store.statistics
        #expect(statistics.segmentsInMemory == 1_000)
        #expect(statistics.tracesEvicted == 49_000)
        #expect(store.trace(TraceID(epoch: 1, high: 0, low: 50_000)) != nil)
        #expect(store.trace(TraceID(epoch: 1, high: 0, low: 49_000)) == nil)
        #expect(store.traces().count == 1_000)
    }
}

@Suite("Filter expressions")
struct FilterExpressionTests {
    static let store = try! Scenario.store()

    static let cases: [(String, [String])] = [
        ("", ["/pets", "/pets/7", "/pets", "/nope"]),
        ("fault", ["/pets/7"]),
        ("error", ["/pets", "/nope"]),
        ("throttle", ["/pets"]),
        ("ok", ["/pets"]),
        ("!ok", ["/pets/7", "/pets", "/nope"]),
        ("service(\"pets-handler\")", ["/pets", "/pets/7"]),
        ("service(\"Lambda\")", ["/pets", "/pets/7"]),
        ("responsetime > 0.09", ["/pets"]),
        ("responsetime <= 0.01", ["/pets", "/nope"]),
        ("http.status = 502", ["/pets/7"]),
        ("http.status >= 400 AND NOT fault", ["/pets", "/nope"]),
        ("annotation.route = \"none\"", ["/nope"]),
        ("annotation[route] != \"none\" AND (fault OR throttle)", ["/pets/7", "/pets"]),
        ("http.url CONTAINS \"/pets/\" || http.status = 404", ["/pets/7", "/nope"]),
        ("error AND http.status = 429 OR fault", ["/pets/7", "/pets"]),
    ]

    @Test("Each expression selects the expected traces", arguments: cases)
    func selects(_ expression: String, _ expected: [String]) throws {
        let api = XRayReadAPI(store: Self.store)
        let body = XRayJSON.serialize(["StartTime": 0, "EndTime": 2_000_000_000, "FilterExpression": .string(expression)])
        let response = api.handle(method: "POST", path: "/TraceSummaries", body: Array(body.utf8))
        #expect(response.status == 200)
        let summaries = try XRayJSON.parse(response.body)["TraceSummaries"]?.arrayValue ?? []
        let paths = summaries.compactMap { $0["Http"]?["HttpURL"]?.stringValue }.map { String($0.split(separator: "/prod").last!) }
        // The cases list traces in the order they were recorded; summaries come most recent first.
        #expect(paths == Array(expected.reversed()))
    }

    @Test("A bad expression is an InvalidRequestException with its column", arguments: [
        ("responsetime >", "filter expression, column 15: expected a value"),
        ("colour = 1", "filter expression, column 1: unknown keyword 'colour'"),
        ("(fault", "filter expression, column 7: expected ')'"),
        ("service(\"x", "filter expression, column 9: unterminated string"),
    ])
    func badExpressions(_ expression: String, _ message: String) throws {
        let api = XRayReadAPI(store: Self.store)
        let body = XRayJSON.serialize(["StartTime": 0, "EndTime": 1, "FilterExpression": .string(expression)])
        let response = api.handle(method: "POST", path: "/TraceSummaries", body: Array(body.utf8))
        #expect(response.status == 400)
        #expect(response.errorType == "InvalidRequestException")
        #expect(response.body == XRayJSON.serialize(["message": .string(message)]))
    }
}
