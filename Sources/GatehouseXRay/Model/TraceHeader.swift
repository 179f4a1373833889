/// The `X-Amzn-Trace-Id` header: `Root=1-…;Parent=…;Sampled=1;Lineage=…`.
///
/// Parsing is lenient about spaces and field order and keeps fields it does not know (`Self=` from
/// a load balancer, for instance) so a header passes through unchanged; emitting writes `Root`,
/// `Parent`, `Sampled`, `Lineage`, then the others in their original order.
public struct TraceHeader: Sendable, Hashable, CustomStringConvertible {
    /// The sampling decision a header carries.
    public enum SamplingDecision: String, Sendable, Hashable {
        /// `Sampled=1`: record and send segments.
        case sampled = "1"
        /// `Sampled=0`: propagate the header but record nothing.
        case notSampled = "0"
        /// `Sampled=?`: the caller asks the receiver to decide.
        case requested = "?"
    }

    /// The header name, as API Gateway and the SDKs write it.
    public static let name = "X-Amzn-Trace-Id"
    /// The environment variable Lambda sets for a function (`_X_AMZN_TRACE_ID`).
    public static let lambdaEnvironmentVariable = "_X_AMZN_TRACE_ID"

    public var root: TraceID?
    public var parent: SegmentID?
    public var sampled: SamplingDecision?
    /// Opaque lineage entries (`a87bd80c:1|68fd508a:5`), passed on unchanged.
    public var lineage: String?
    /// Fields other than the four above, in their original order.
    public var otherFields: [(key: String, value: String)]

    public init(root: TraceID?, parent: SegmentID? = nil, sampled: SamplingDecision? = nil, lineage: String? = nil) {
        self.root = root
        self.parent = parent
        self.sampled = sampled
        self.lineage = lineage
        self.otherFields = []
    }

    /// Parses a header value. Fields with malformed values (a bad `Root` or `Parent`) are dropped,
    /// as the SDKs do, so the caller starts a new trace rather than failing the request. Returns
    /// nil only for an empty header.
    public init?(parsing value: some StringProtocol) {
        self.init(root: nil)
        var any = false
        for part in value.split(separator: ";") {
            let field = part.trimmingSpaces
            guard !field.isEmpty else { continue }
            any = true
            guard let equals = field.firstIndex(of: "=") else { continue }
            let key = String(field[..<equals]).trimmingSpaces
            let text = String(field[field.index(after: equals)...]).trimmingSpaces
            switch key {
            case "Root": root = TraceID(text)
            case "Parent": parent = SegmentID(text)
            case "Sampled": sampled = SamplingDecision(rawValue: text)
            case "Lineage": lineage = text.isEmpty ? nil : text
            default: otherFields.append((key: key, value: text))
            }
        }
        if !any { return nil }
    }

    public var description: String {
        var fields: [String] = []
        if let root { fields.append("Root=\(root)") }
        if let parent { fields.append("Parent=\(parent)") }
        if let sampled { fields.append("Sampled=\(sampled.rawValue)") }
        if let lineage { fields.append("Lineage=\(lineage)") }
        for field in otherFields { fields.append("\(field.key)=\(field.value)") }
        return fields.joined(separator: ";")
    }

    public static func == (lhs: TraceHeader, rhs: TraceHeader) -> Bool {
        lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
