import GatehouseJSON
import GatehouseXRay

/// Trace maps over 100k and 1M stored segment documents (built once, lazily, deterministic),
/// and the daemon's work without the socket: one datagram at a time, and a batch of 256 as the
/// intake queue hands them over (validate + store in memory, one lock per batch).
/// UDP ingest over loopback, with a sender in the same run, is scripts/bench-xray.
func xrayBenchmarks() -> [Benchmark] {
    let datagram = DaemonPacket.encode(XRayBenchmarkData.stageSegment(index: 7, traceID: TraceID(epoch: 1_700_000_000, high: 1, low: 7)))
    let ingestStore = try! TraceStore(configuration: TraceStoreConfiguration(maxSegmentsInMemory: 100_000))
    let ingest = DaemonIngest(store: ingestStore)
    var counter: UInt64 = 0
    // 400 batches of 256 one-segment traces (distinct ids), cycled; the store keeps 100k.
    let generated = DaemonLoadGenerator.datagrams(count: 102_400, startTime: 1_700_000_000)
    let batches = stride(from: 0, to: generated.count, by: 256).map { Array(generated[$0..<$0 + 256]) }
    let batchStore = try! TraceStore(configuration: TraceStoreConfiguration(maxSegmentsInMemory: 100_000))
    let batchIngest = DaemonIngest(store: batchStore)
    var nextBatch = 0
    return [
        Benchmark(group: "xray", name: "map 100k segments") {
            ServiceGraph.build(XRayBenchmarkData.shared.traces100k).nodes.count
        },
        Benchmark(group: "xray", name: "map 1M segments") {
            ServiceGraph.build(XRayBenchmarkData.shared.traces1M).nodes.count
        },
        Benchmark(group: "xray", name: "decode datagram", bytes: datagram.count) {
            var report = DecodeReport()
            return (try DaemonPacket.decode(datagram, report: &report)).subsegments.count
        },
        Benchmark(group: "xray", name: "ingest datagram (memory store)", bytes: datagram.count) {
            // A fresh trace id each time, as real traffic has; the store evicts past 100k segments.
            counter &+= 1
            var bytes = datagram
            let text = Array(hex(counter).utf8)
            // Overwrite the trace id's last 16 hex digits in place.
            if let range = XRayBenchmarkData.traceIDRange(in: bytes) {
                bytes.replaceSubrange(range.upperBound - 16..<range.upperBound, with: text)
            }
            return ingest.receive(bytes) ? 1 : 0
        },
        Benchmark(group: "xray", name: "ingest batch of 256 generated datagrams (memory store)", bytes: batches[0].reduce(0) { $0 + $1.count }) {
            nextBatch = (nextBatch + 1) % batches.count
            return batchIngest.receive(batch: batches[nextBatch]).count
        },
    ]
}

private func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
}

/// Generated traces: each has the API Gateway stage segment (with a template-render and a Lambda
/// subsegment) and the function's segment; one request in 20 fails with 502, one in 50 is
/// throttled, one in 25 is a 404, across 4 APIs.
final class XRayBenchmarkData: @unchecked Sendable {
    // Built once on first use by the single-threaded benchmark runner, then only read.
    static let shared = XRayBenchmarkData()
    lazy var traces100k: [Trace] = Self.makeTraces(segments: 100_000)
    lazy var traces1M: [Trace] = Self.makeTraces(segments: 1_000_000)

    static func traceIDRange(in bytes: [UInt8]) -> Range<Int>? {
        let key = Array("\"trace_id\":\"".utf8)
        guard bytes.count > key.count else { return nil }
        for start in 0...(bytes.count - key.count) where bytes[start..<start + key.count].elementsEqual(key) {
            return (start + key.count)..<(start + key.count + 35)
        }
        return nil
    }

    static func stageSegment(index: Int, traceID: TraceID) -> Segment {
        let base = 1_700_000_000.0 + Double(index) * 0.001
        var stage = Segment(name: "api-\(index % 4)/prod", id: SegmentID(UInt64(index) * 4 + 1), traceID: traceID, startTime: base, endTime: base + 0.050)
        stage.origin = "AWS::ApiGateway::Stage"
        let status = index % 20 == 0 ? 502 : index % 50 == 1 ? 429 : index % 25 == 2 ? 404 : 200
        stage.http = HTTPInfo(request: .init(method: "GET", url: "https://example.com/prod/pets/\(index)"), response: .init(status: status))
        stage.setOutcome(status: status)
        var render = Segment(name: "Template render", id: SegmentID(UInt64(index) * 4 + 2), startTime: base + 0.001, endTime: base + 0.002)
        render.annotations["template"] = "request"
        var call = Segment(name: "Lambda", id: SegmentID(UInt64(index) * 4 + 3), startTime: base + 0.003, endTime: base + 0.045)
        call.namespace = "aws"
        call.aws = ["function_name": .string("handler-\(index % 4)"), "operation": "Invoke"]
        if status == 502 { call.fault = true }
        stage.subsegments = [render, call]
        return stage
    }

    static func makeTraces(segments: Int) -> [Trace] {
        var traces: [Trace] = []
        traces.reserveCapacity(segments / 2)
        for index in 0..<(segments / 2) {
            let traceID = TraceID(epoch: 1_700_000_000, high: 0, low: UInt64(index))
            let stage = stageSegment(index: index, traceID: traceID)
            var function = Segment(name: "handler-\(index % 4)", id: SegmentID(UInt64(index) * 4 + 4), traceID: traceID,
                                   parentID: SegmentID(UInt64(index) * 4 + 3), startTime: stage.startTime + 0.004, endTime: stage.startTime + 0.044)
            function.origin = "AWS::Lambda::Function"
            function.fault = index % 20 == 0
            traces.append(Trace(id: traceID, segments: [stage, function]))
        }
        return traces
    }
}
