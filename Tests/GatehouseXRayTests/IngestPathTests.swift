import GatehouseJSON
import GatehouseXRay
import Synchronization
import Testing

@Suite("Ingest path: direct decoding, batches, the intake queue, generated load")
struct IngestPathTests {
    static let header = "{\"format\":\"json\",\"version\":1}\n"

    func datagram(trace low: Int, id: Int, name: String = "svc") -> [UInt8] {
        let traceID = TraceID(epoch: 1_700_000_000, high: 0, low: UInt64(low))
        return Array((Self.header + #"{"name":"\#(name)","id":"\#(SegmentID(UInt64(id)))","start_time":1,"end_time":2,"trace_id":"\#(traceID)"}"#).utf8)
    }

    @Test("Timestamps decode exactly as Double(text) reads them")
    func timestamps() throws {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "1", "0.5", "1700000000.057", "1478293361.271", "1.478293361271E9", "1e3", "123456789012345.6",
                     "1234567890123456789", "0.000000000000000000000001", "1700000000.0000000001"]
        for _ in 0..<2_000 {
            let seconds = Int.random(in: 1_000_000_000...2_000_000_000, using: &generator)
            let digits = Int.random(in: 0...6, using: &generator)
            let fraction = String(Int.random(in: 0..<1_000_000, using: &generator)).prefix(digits)
            texts.append(fraction.isEmpty ? "\(seconds)" : "\(seconds).\(fraction)")
        }
        for text in texts {
            let document = #"{"name":"a","id":"70de5b6f19ff9a0a","trace_id":"1-581cf771-a006649127e371903a2de979","start_time":\#(text),"in_progress":true}"#
            var report = DecodeReport()
            let segment = try Segment.decode(document: Array(document.utf8), report: &report)
            #expect(segment.startTime == Double(text)!, "\(text)")
        }
    }

    @Test("Members are read in any order, with escapes, whitespace and repeated names", arguments: [
        (#"{ "end_time" : 2 , "start_time":1, "trace_id":"1-581cf771-a006649127e371903a2de979", "id":"70de5b6f19ff9a0a", "n\u0061me":"caf\u00e9 \"x\"" }"#,
         #"{"name":"café \"x\"","id":"70de5b6f19ff9a0a","trace_id":"1-581cf771-a006649127e371903a2de979","start_time":1,"end_time":2}"#),
        (#"{"name":"a","name":"b","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979","annotations":{"k":1,"k":"two"}}"#,
         #"{"name":"b","id":"70de5b6f19ff9a0a","trace_id":"1-581cf771-a006649127e371903a2de979","start_time":1,"end_time":2,"annotations":{"k":"two"}}"#),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979","user":null,"aws":{"xray":{"sdk":"X-Ray for Python","sdk_version":"2.14.0"}},"precursor_ids":["70de5b6f19ff9a0b"],"http":{"request":{"method":"GET","url":7},"response":{"status":503,"content_length":12}}}"#,
         #"{"name":"a","id":"70de5b6f19ff9a0a","trace_id":"1-581cf771-a006649127e371903a2de979","start_time":1,"end_time":2,"http":{"request":{"method":"GET"},"response":{"status":503,"content_length":12}},"aws":{"xray":{"sdk":"X-Ray for Python","sdk_version":"2.14.0"}},"precursor_ids":["70de5b6f19ff9a0b"]}"#),
    ])
    func memberOrder(_ text: String, _ canonical: String) throws {
        var report = DecodeReport()
        let segment = try Segment.decode(document: Array(text.utf8), report: &report)
        #expect(segment.document == canonical)
        // The JSONValue entry point agrees with the byte decoder.
        var again = DecodeReport()
        #expect(try Segment.decode(XRayJSON.parse(text), report: &again) == segment)
    }

    @Test("Refusals: field errors in schema order, syntax errors first", arguments: [
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979","http":{"response":{"status":"200"}}}"#,
         "invalid field \"http.response.status\": expected an integer"),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979","precursor_ids":"x"}"#,
         "invalid field \"precursor_ids\": expected an array"),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979","precursor_ids":[1]}"#,
         "invalid field \"precursor_ids\": expected 16 hex digits"),
        (#"{"subsegments":[{"name":"b","id":"xx","start_time":1,"end_time":2}],"name":"a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979"}"#,
         "missing required field \"id\""),
        (#"{"name":"a","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979","subsegments":[{"name":"b","id":"70de5b6f19ff9a0b","start_time":1,"end_time":2,"subsegments":[3]}]}"#,
         "invalid field \"subsegments[0].subsegments[0]\": a subsegment must be an object"),
        (#"{"name":7,"id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979"} x"#,
         "invalid JSON at byte 112: unexpected text after the value"),
        (#"{"name":"a","start_time":-1,"metadata":{"k":[1,2,}]}}"#, "invalid JSON at byte 49: unexpected character"),
        (#"{"name":"a","start_time":01}"#, "invalid JSON at byte 26: expected ',' or '}'"),
        (#"{"name":"a","start_time":-1,"end_time":2,"id":"70de5b6f19ff9a0a","trace_id":"1-581cf771-a006649127e371903a2de979"}"#,
         "invalid field \"start_time\": expected seconds since 1970"),
    ])
    func refusals(_ text: String, _ message: String) {
        var report = DecodeReport()
        do {
            _ = try Segment.decode(document: Array(text.utf8), report: &report)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("Nesting past 64 levels is a syntax error, never a crash")
    func deepNesting() {
        let text = #"{"name":"a","metadata":"# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        var report = DecodeReport()
        #expect(throws: SegmentDocumentError.self) { try Segment.decode(document: Array(text.utf8), report: &report) }
    }

    @Test("A batch is validated per datagram and stored under one lock, with the counters of single receives")
    func batch() throws {
        let store = try TraceStore()
        let ingest = DaemonIngest(store: store)
        let datagrams = [datagram(trace: 1, id: 1), Array("garbage".utf8), datagram(trace: 1, id: 2), datagram(trace: 2, id: 3),
                         datagram(trace: 1, id: 1, name: "again")]
        #expect(ingest.receive(batch: datagrams) == [true, false, true, true, true])
        let statistics = ingest.statistics
        #expect(statistics.received == 5 && statistics.accepted == 4 && statistics.rejected == 1)
        #expect(statistics.rejectedByReason == ["missing-header": 1])
        #expect(store.statistics.segmentsStored == 4)
        // The repeated id replaced its first document.
        let trace = try #require(store.trace(TraceID(epoch: 1_700_000_000, high: 0, low: 1)))
        #expect(trace.segments.map(\.name) == ["again", "svc"])
        #expect(store.statistics.segmentsInMemory == 3)
    }

    @Test("The intake queue stores everything offered while it has room and counts what it drops")
    func intakeQueue() throws {
        let store = try TraceStore()
        let ingest = DaemonIngest(store: store)
        let queue = DaemonIntakeQueue(ingest: ingest, maxDatagrams: 100)
        // Not started: the first 100 wait, the rest are dropped.
        let refused = queue.offer(batch: (0..<150).map { datagram(trace: $0, id: $0 + 1) })
        #expect(refused == 50)
        #expect(!queue.offer(datagram(trace: 999, id: 999)))
        queue.start()
        queue.waitUntilIdle()
        var statistics = ingest.statistics
        #expect(statistics.accepted == 100)
        #expect(statistics.droppedQueueFull == 51)
        #expect(statistics.rejectedByReason == ["queue-full": 51])
        #expect(statistics.received == 151)
        for index in 0..<20 { #expect(queue.offer(datagram(trace: 1_000 + index, id: 2_000 + index))) }
        queue.stop()
        statistics = ingest.statistics
        #expect(statistics.accepted == 120)
        #expect(store.statistics.tracesInMemory == 120)
        #expect(!queue.offer(datagram(trace: 5_000, id: 5_000)))
    }

    @Test("A backlog larger than one batch is stored in order, batch after batch")
    func backlog() throws {
        let store = try TraceStore()
        let ingest = DaemonIngest(store: store)
        let queue = DaemonIntakeQueue(ingest: ingest, maxDatagrams: 5_000)
        // Every datagram of trace 1 has its own id; 3,000 of them wait before the worker starts.
        #expect(queue.offer(batch: (0..<3_000).map { datagram(trace: 1, id: $0 + 1) }) == 0)
        queue.start()
        queue.waitUntilIdle()
        queue.stop()
        #expect(ingest.statistics.accepted == 3_000)
        let trace = try #require(store.trace(TraceID(epoch: 1_700_000_000, high: 0, low: 1)))
        #expect(trace.segments.map(\.id.value) == (1...3_000).map { UInt64($0) })
    }

    @Test("Generated load: valid datagrams with distinct trace and segment ids")
    func generated() throws {
        let datagrams = DaemonLoadGenerator.datagrams(count: 5_000, startTime: 1_700_000_000.25)
        var traces = Set<TraceID>()
        var ids = Set<SegmentID>()
        for datagram in datagrams {
            var report = DecodeReport()
            let segment = try DaemonPacket.decode(datagram, report: &report)
            #expect(report.unknownFields.isEmpty)
            traces.insert(try #require(segment.traceID))
            ids.insert(segment.id)
            #expect(segment.startTime == 1_700_000_000.25 && segment.http?.response?.status == 200)
        }
        #expect(traces.count == 5_000 && ids.count == 5_000)
        #expect(traces.allSatisfy { $0.epoch == 1_700_000_000 })
    }
}
