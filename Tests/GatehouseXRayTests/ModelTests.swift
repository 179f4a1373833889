import GatehouseJSON
import GatehouseXRay
import Testing

@Suite("Trace and segment ids")
struct IDTests {
    @Test("A trace id reads and prints in X-Ray's format")
    func traceIDRoundTrip() throws {
        let id = try #require(TraceID("1-58406520-A006649127e371903a2de979"))
        #expect(id.epoch == 0x5840_6520)
        #expect(id.description == "1-58406520-a006649127e371903a2de979")
    }

    @Test("Malformed trace ids are refused", arguments: [
        "", "1-58406520-a006649127e371903a2de97", "2-58406520-a006649127e371903a2de979", "1-5840652-0a006649127e371903a2de979",
        "1-58406520-a006649127e371903a2de97g", "1_58406520-a006649127e371903a2de979",
    ])
    func badTraceIDs(_ text: String) {
        #expect(TraceID(text) == nil)
    }

    @Test("Segment ids are 16 hex digits")
    func segmentIDs() {
        #expect(SegmentID("53995c3f42cd8ad8")?.value == 0x5399_5C3F_42CD_8AD8)
        #expect(SegmentID("53995c3f42cd8ad") == nil)
        #expect(SegmentID("53995c3f42cd8ad8a") == nil)
        #expect(SegmentID("zz995c3f42cd8ad8") == nil)
        #expect(SegmentID(1).description == "0000000000000001")
    }

    @Test("A new trace id carries the clock's epoch second")
    func epochFromClock() {
        let id = SequentialIDGenerator(startingAt: 7).nextTraceID(at: 1_700_000_000.75)
        #expect(id.description == "1-6553f100-000000000000000000000007")
    }
}

@Suite("X-Amzn-Trace-Id")
struct TraceHeaderTests {
    @Test("All four fields parse and print in order")
    func fullHeader() throws {
        let header = try #require(TraceHeader(parsing: "Sampled=1; Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Lineage=a87bd80c:1|68fd508a:5"))
        #expect(header.root?.description == "1-5759e988-bd862e3fe1be46a994272793")
        #expect(header.parent?.description == "53995c3f42cd8ad8")
        #expect(header.sampled == .sampled)
        #expect(header.lineage == "a87bd80c:1|68fd508a:5")
        #expect(header.description == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a87bd80c:1|68fd508a:5")
    }

    @Test("Unknown fields pass through; a malformed Root is dropped")
    func lenient() throws {
        let header = try #require(TraceHeader(parsing: "Self=1-67891233-12456789abcdef012345678;Root=nonsense;Sampled=?"))
        #expect(header.root == nil)
        #expect(header.sampled == .requested)
        #expect(header.description == "Sampled=?;Self=1-67891233-12456789abcdef012345678")
        #expect(TraceHeader(parsing: " ; ") == nil)
    }
}

@Suite("Segment documents")
struct SegmentDocumentTests {
    func decode(_ text: String) throws -> (Segment, DecodeReport) {
        var report = DecodeReport()
        let segment = try Segment.decode(document: Array(text.utf8), report: &report)
        return (segment, report)
    }

    @Test("The minimal documented segment decodes and prints back")
    func minimal() throws {
        let text = #"{"name":"example.com","id":"70de5b6f19ff9a0a","start_time":1.478293361271E9,"trace_id":"1-581cf771-a006649127e371903a2de979","end_time":1.478293361449E9}"#
        let (segment, report) = try decode(text)
        #expect(report.unknownFields.isEmpty)
        #expect(segment.document == #"{"name":"example.com","id":"70de5b6f19ff9a0a","trace_id":"1-581cf771-a006649127e371903a2de979","start_time":1478293361.271,"end_time":1478293361.449}"#)
    }

    @Test("Refusals name the field", arguments: [
        (#"[]"#, "a segment document must be a JSON object"),
        (#"{"id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979"}"#, "missing required field \"name\""),
        (#"{"name":"a","id":"70de5b6f19ff9a0","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979"}"#, "invalid field \"id\": expected 16 hex digits"),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771"}"#, "invalid field \"trace_id\": expected 1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"trace_id":"1-581cf771-a006649127e371903a2de979"}"#, "missing required field \"end_time\""),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":2,"end_time":1,"trace_id":"1-581cf771-a006649127e371903a2de979"}"#, "invalid field \"end_time\": earlier than start_time"),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"type":"subsegment","trace_id":"1-581cf771-a006649127e371903a2de979"}"#, "missing required field \"parent_id\""),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979","subsegments":[{"name":"b","id":"xx","start_time":1,"end_time":2}]}"#, "invalid field \"subsegments[0].id\": expected 16 hex digits"),
        (#"{"name":"a"#, "invalid JSON at byte 10: unterminated string"),
    ])
    func refusals(_ text: String, _ message: String) {
        var report = DecodeReport()
        #expect(throws: SegmentDocumentError.self) { try Segment.decode(document: Array(text.utf8), report: &report) }
        do {
            _ = try Segment.decode(document: Array(text.utf8), report: &report)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("Unknown fields are reported and dropped; bad annotations too")
    func unknownFields() throws {
        let text = #"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"in_progress":true,"trace_id":"1-581cf771-a006649127e371903a2de979","colour":"blue","annotations":{"ok":1,"bad":{"x":1}},"subsegments":[{"name":"b","id":"70de5b6f19ff9a0b","start_time":1,"end_time":2,"extra":1}]}"#
        let (segment, report) = try decode(text)
        #expect(report.unknownFields == ["subsegments[0].extra", "colour"])
        #expect(report.droppedAnnotations == ["annotations.bad"])
        #expect(segment.inProgress)
        #expect(segment.document == #"{"name":"a","id":"70de5b6f19ff9a0a","trace_id":"1-581cf771-a006649127e371903a2de979","start_time":1,"in_progress":true,"annotations":{"ok":1},"subsegments":[{"name":"b","id":"70de5b6f19ff9a0b","start_time":1,"end_time":2}]}"#)
    }

    @Test("The recorded 502 stage segment matches its golden document")
    func stageDocumentGolden() {
        let recorded = Scenario.record()
        expectGolden(XRayJSON.prettyPrint(recorded.stageSegments[1].json) + "\n", "stage-segment-502.json")
        expectGolden(XRayJSON.prettyPrint(recorded.sink.segments[0].json) + "\n", "lambda-function-segment.json")
    }
}
