import ArgumentParser
import Foundation
import GatehouseServer
import GatehouseXRay
import Logging

/// `gatehouse traces`: the local X-Ray daemon and offline views of what it stored.
struct TracesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "traces",
        abstract: "Record X-Ray segments locally and draw trace maps and timelines.",
        subcommands: [Daemon.self, Map.self, Show.self, List.self, Send.self]
    )

    static let defaultStore = ".gatehouse/traces"

    struct StoreOptions: ParsableArguments {
        @Option(name: .long, help: "Folder of the segment log.")
        var store: String = TracesCommand.defaultStore

        @Option(name: .long, help: "Only traces overlapping this time or later (seconds since 1970).")
        var start: Double?

        @Option(name: .long, help: "Only traces overlapping this time or earlier (seconds since 1970).")
        var end: Double?

        func open() throws -> TraceStore {
            guard FileManager.default.fileExists(atPath: store) else {
                throw ValidationError("no trace store at \(store) (start one with `gatehouse traces daemon --store \(store)`)")
            }
            return try TraceStore(configuration: TraceStoreConfiguration(directory: store, maxSegmentsInMemory: 2_000_000, maxBytesInMemory: 2 << 30), readOnly: true)
        }

        func traces(in store: TraceStore) -> [Trace] {
            store.traces(from: start ?? 0, to: end ?? .infinity)
        }
    }

    struct Daemon: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a local X-Ray daemon: UDP segments in, stored on disk, X-Ray's read API over HTTP."
        )

        @Option(name: .customLong("udp-port"), help: "UDP port for segment datagrams (0 picks a free one).")
        var udpPort: Int = 2000

        @Option(name: .customLong("http-port"), help: "Port for the read API (POST /ServiceGraph, /TraceSummaries, /Traces).")
        var httpPort: Int?

        @Option(name: .long, help: "Folder of the segment log.")
        var store: String = TracesCommand.defaultStore

        @Option(name: .long, help: "Forward accepted datagrams to another daemon (HOST:PORT).")
        var forward: String?

        @Option(name: .customLong("max-segments"), help: "Segments held in memory for the read API.")
        var maxSegments: Int = 200_000

        @Option(name: .customLong("max-files"), help: "Log files kept (16 MB each); older ones are deleted.")
        var maxFiles: Int = 8

        func run() async throws {
            var logger = Logger(label: "gatehouse.xray")
            logger.logLevel = .info
            let storeConfiguration = TraceStoreConfiguration(directory: store, maxSegmentsInMemory: maxSegments, maxFiles: maxFiles)
            let configuration = XRayDaemonConfiguration(udpPort: udpPort, httpPort: httpPort, store: storeConfiguration, forward: forward)
            let daemon = try XRayDaemon(configuration: configuration, logger: logger) { udp, http in
                var line = "gatehouse traces daemon: udp 127.0.0.1:\(udp)"
                if let http { line += ", read API http://127.0.0.1:\(http)" }
                // Written in one call so a script reading the log sees the whole line at once.
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
            try await daemon.runUntilSignalled()
        }
    }

    enum MapFormat: String, ExpressibleByArgument, CaseIterable {
        case text, dot, svg, html
    }

    struct Map: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Draw the service map of the stored traces.")

        @OptionGroup var options: StoreOptions

        @Option(name: .long, help: "text (terminal), dot (Graphviz), svg or html (self-contained).")
        var format: MapFormat = .text

        func run() async throws {
            let store = try options.open()
            let graph = ServiceGraph.build(options.traces(in: store))
            switch format {
            case .text: print(TextTraceMapRenderer(colors: isatty(STDOUT_FILENO) == 1).render(graph), terminator: "")
            case .dot: print(DOTTraceMapRenderer().render(graph), terminator: "")
            case .svg: print(SVGTraceMapRenderer().render(graph), terminator: "")
            case .html: print(HTMLPage.serviceMap(graph), terminator: "")
            }
        }
    }

    enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
        case text, svg, html
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Draw one trace's timeline.")

        @Argument(help: "The trace id, 1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx.")
        var traceID: String

        @OptionGroup var options: StoreOptions

        @Option(name: .long, help: "text, svg or html (self-contained).")
        var format: TimelineFormat = .text

        func run() async throws {
            guard let id = TraceID(traceID) else { throw ValidationError("not a trace id: \(traceID)") }
            let store = try options.open()
            guard let trace = store.trace(id) else { throw ValidationError("trace \(id) is not in \(options.store)") }
            switch format {
            case .text: print(TimelineRenderer().renderText(trace), terminator: "")
            case .svg: print(TimelineRenderer().renderSVG(trace), terminator: "")
            case .html: print(HTMLPage.timeline(trace), terminator: "")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stored traces, newest last.")

        @OptionGroup var options: StoreOptions

        @Option(name: .long, help: "An X-Ray filter expression, e.g. 'fault OR http.status = 429', 'service(\"pets/prod\")', 'responsetime > 1', 'annotation.route = \"/pets\"'.")
        var filter: String?

        @Option(name: .long, help: "Show at most this many (the newest).")
        var limit: Int = 50

        func run() async throws {
            let expression: FilterExpression?
            do {
                expression = try filter.map { try FilterExpression($0) }
            } catch {
                throw ValidationError("\(error)")
            }
            let store = try options.open()
            let traces = options.traces(in: store).filter { expression?.matches($0) ?? true }
            for trace in traces.suffix(limit) {
                let root = trace.rootSegment
                var flags: [String] = []
                var status = "-"
                if let code = root?.http?.response?.status { status = String(code) }
                var fault = false, error = false, throttle = false
                for segment in trace.segments {
                    segment.forEachNode { node, _ in
                        fault = fault || node.fault
                        error = error || node.error
                        throttle = throttle || node.throttle
                    }
                }
                if fault { flags.append("fault") }
                if throttle { flags.append("throttle") } else if error { flags.append("error") }
                if trace.isPartial { flags.append("partial") }
                let duration = String(format: "%.1f ms", (trace.endTime - trace.startTime) * 1000)
                let request = [root?.http?.request?.method, root?.http?.request?.url].compactMap { $0 }.joined(separator: " ")
                print("\(trace.id)  \(root?.name ?? "-")  \(status)  \(duration)  \(flags.isEmpty ? "ok" : flags.joined(separator: ","))  \(request)")
            }
        }
    }

    struct Send: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send segment documents to a daemon over UDP (files, or generated ones for load tests).",
            shouldDisplay: false
        )

        @Option(name: .long, help: "Daemon address, HOST:PORT.")
        var to: String = "127.0.0.1:2000"

        @Option(name: .long, help: "Generate this many one-segment traces instead of reading files.")
        var generate: Int?

        @Option(name: .long, help: "With --generate: sending threads, each with its own socket.")
        var threads: Int = 2

        @Option(name: .long, help: "With --generate: at most this many datagrams per second in total (default: as fast as possible).")
        var rate: Double?

        @Argument(help: "Segment document files (JSON).")
        var files: [String] = []

        func run() async throws {
            if let count = generate {
                // Encoded before the clock starts, so the figure is the sending rate alone.
                let datagrams = DaemonLoadGenerator.datagrams(count: count)
                let report = try DaemonLoadGenerator.send(datagrams, to: to, threads: threads, rate: rate)
                print("sent \(report.sent) datagrams in \(String(format: "%.3f", report.seconds)) s (\(Int(report.datagramsPerSecond)) /s) from \(threads) thread(s), \(report.failed) refused by the kernel")
                return
            }
            let sink = try DaemonUDPSink(address: to)
            for file in files {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                var report = DecodeReport()
                sink.record(try Segment.decode(document: Array(text.utf8), report: &report))
            }
        }
    }
}
