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

    /// A UTC date's fields, computed from epoch seconds (no Calendar, no DateFormatter: the
    /// pipeline formats `$context.requestTime` on every request).
    struct CivilTime {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int

        init(_ date: Date) {
            let seconds = Int64((date.timeIntervalSince1970).rounded(.down))
            var days = seconds / 86_400
            var rest = seconds % 86_400
            if rest < 0 {
                rest += 86_400
                days -= 1
            }
            hour = Int(rest / 3600)
            minute = Int(rest % 3600 / 60)
            second = Int(rest % 60)
            // 1970-01-01 was a Thursday (weekday 4, Sunday = 0).
            weekday = Int(((days % 7) + 11) % 7)
            // Howard Hinnant's days-to-civil.
            let z = days + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shiftedMonth = (5 * dayOfYear + 2) / 153
            day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
            month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
            year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        }
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// `EEE MMM dd HH:mm:ss zzz yyyy` in UTC.
    public static func format(_ date: Date) -> String {
        let time = CivilTime(date)
        return "\(weekdays[time.weekday]) \(months[time.month - 1]) \(two(time.day)) \(two(time.hour)):\(two(time.minute)):\(two(time.second)) UTC \(time.year)"
    }

    /// `dd/MMM/yyyy:HH:mm:ss +0000` (`$context.requestTime`).
    public static func requestTime(_ date: Date) -> String {
        let time = CivilTime(date)
        return "\(two(time.day))/\(months[time.month - 1])/\(time.year):\(two(time.hour)):\(two(time.minute)):\(two(time.second)) +0000"
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
