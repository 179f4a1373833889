/// X-Ray's console colours for outcomes.
public enum OutcomeColor {
    public static func hex(_ outcome: Outcome) -> String {
        switch outcome {
        case .ok: "#1d8102"
        case .error: "#e5a400"
        case .throttle: "#8c4fff"
        case .fault: "#d13212"
        }
    }

    public static let client = "#545b64"

    /// The ANSI colour code for a terminal.
    static func ansi(_ outcome: Outcome) -> String {
        switch outcome {
        case .ok: "\u{1B}[32m"
        case .error: "\u{1B}[33m"
        case .throttle: "\u{1B}[35m"
        case .fault: "\u{1B}[31m"
        }
    }
}

extension OutcomeStatistics {
    /// The worst outcome present: fault, then throttle, then error, else ok.
    public var health: Outcome {
        if faultCount > 0 { return .fault }
        if throttleCount > 0 { return .throttle }
        if errorCount > 0 { return .error }
        return .ok
    }
}

enum Format {
    /// Milliseconds with one decimal: `150.0 ms`.
    static func milliseconds(_ seconds: Double) -> String {
        fixed(seconds * 1000, decimals: 1) + " ms"
    }

    /// A percentage with one decimal: `50.0%`.
    static func percent(_ share: Double) -> String {
        fixed(share * 100, decimals: 1) + "%"
    }

    /// Fixed decimals without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        if decimals == 0 { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }

    /// Text safe inside XML/HTML content and attribute values.
    static func xml(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A DOT double-quoted string body.
    static func dot(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Seconds since 1970 as `2023-11-14T22:13:20.123Z` (UTC, milliseconds), without Foundation.
    static func timestamp(_ seconds: Double) -> String {
        let totalMilliseconds = Int64((seconds * 1000).rounded())
        let milliseconds = Int(totalMilliseconds % 1000)
        var days = totalMilliseconds / 1000 / 86_400
        let secondOfDay = Int(totalMilliseconds / 1000 % 86_400)
        // Civil from days (Howard Hinnant's algorithm).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        var year = yearOfEra + era * 400
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        if month <= 2 { year += 1 }
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let ms = String(milliseconds)
        return "\(year)-\(two(month))-\(two(day))T\(two(Int64(secondOfDay / 3600))):\(two(Int64(secondOfDay / 60 % 60))):\(two(Int64(secondOfDay % 60)))."
            + String(repeating: "0", count: 3 - ms.count) + ms + "Z"
    }
}
