/// What the XML parser accepts. The defaults refuse every document that could reach the network
/// or the file system, or expand into more than it is.
///
/// Always on, whatever the limits: no network access, no external entities, no DTD loading, no
/// entity substitution, and libxml2's own amplification limits (`XML_PARSE_HUGE` is never set).
public struct XMLParsingLimits: Sendable, Hashable {
    /// The deepest element nesting accepted (the root is depth 1). libxml2 itself stops at 256
    /// without `XML_PARSE_HUGE`, which Gatehouse never sets, so larger values act as 256.
    public var maxDepth: Int

    /// The largest document accepted, in bytes. API Gateway's payload limit is 10 MB.
    public var maxDocumentBytes: Int

    /// Whether a `<!DOCTYPE …>` declaration is accepted. When it is, the DTD is still neither
    /// loaded nor applied: any entity declaration in it, and any reference to a declared entity,
    /// is refused.
    public var allowsDoctype: Bool

    public init(maxDepth: Int = 256, maxDocumentBytes: Int = 10 * 1024 * 1024, allowsDoctype: Bool = false) {
        self.maxDepth = maxDepth
        self.maxDocumentBytes = maxDocumentBytes
        self.allowsDoctype = allowsDoctype
    }
}
