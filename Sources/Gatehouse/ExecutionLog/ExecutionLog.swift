import Foundation

/// The execution log TestInvokeMethod returns: a title line, then `<date> : <text>` lines with
/// Java's `Date.toString()` dates in UTC (`Wed Nov 25 03:20:09 UTC 2026`).
public struct ExecutionLog: Sendable, Hashable, CustomStringConvertible {
    public struct Line: Sendable, Hashable {
        public var date: Date
        public var text: String
    }

    public var requestID: String
    public var lines: [Line]

    /// API Gateway cuts log events at 1,024 bytes; longer dumps end with ` [TRUNCATED]`.
    public static let maximumLineBytes = 1024

    public init(requestID: String, lines: [Line] = []) {
        self.requestID = requestID
        self.lines = lines
    }

    public mutating func append(_ text: String, at date: Date) {
        lines.append(Line(date: date, text: text))
    }

    /// The text TestInvokeMethod's `log` field holds.
    public var description: String {
        var out = "Execution log for request \(requestID)\n"
        for line in lines {
            out += Self.format(line.date) + " : " + line.text + "\n"
        }
        return out
    }

    /// Cuts `text` to the log's limit, marking the cut.
    public static func truncated(_ text: String) -> String {
        guard text.utf8.count > maximumLineBytes else { return text }
        var bytes = 0
        var end = text.startIndex
        for index in text.indices {
            let size = text[index].utf8.count
            if bytes + size > maximumLineBytes { break }
            bytes += size
            end = text.index(after: index)
        }
        return String(text[..<end]) + " [TRUNCATED]"
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `EEE MMM dd HH:mm:ss zzz yyyy` in UTC.
    public static func format(_ date: Date) -> String {
        let calendar = utc
        let parts = calendar.dateComponents([.weekday, .year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(weekdays[(parts.weekday ?? 1) - 1]) \(months[(parts.month ?? 1) - 1]) \(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) UTC \(parts.year ?? 1970)"
    }

    /// `dd/MMM/yyyy:HH:mm:ss +0000` (`$context.requestTime`).
    public static func requestTime(_ date: Date) -> String {
        let calendar = utc
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(parts.day))/\(months[(parts.month ?? 1) - 1])/\(parts.year ?? 1970):\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}

/// Per-step timings and facts the tracing module turns into segments: the seam for X-Ray.
public struct InvocationTrace: Sendable, Hashable {
    public struct Step: Sendable, Hashable {
        /// `method-request`, `request-template`, `integration`, `response-template`, `method-response`.
        public var name: String
        public var start: Date
        public var end: Date
    }

    public var steps: [Step] = []
    /// For the integration subsegment: `Lambda` / the host, and `AWS` / `remote`.
    public var remoteName: String?
    public var remoteNamespace: String?
    public var integrationStatus: Int?
    public var integrationLatencyMilliseconds: Int?
    public var resourcePath: String?
    public var httpMethod: String?

    public init() {}
}
