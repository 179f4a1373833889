/// Finds the method a request path and HTTP method select, as API Gateway does: the most
/// specific resource wins (literal segments before `{param}` before `{proxy+}`), then the exact
/// method before `ANY`. HTTP APIs fall back to the `$default` route.
public struct RouteMatcher: Sendable {
    public let methods: [APIMethod]
    public let kind: APIDefinition.Kind
    /// Each method's `$context.resourceId`, worked out once.
    let resourceIDs: [String]

    public init(methods: [APIMethod], kind: APIDefinition.Kind) {
        self.methods = methods
        self.kind = kind
        self.resourceIDs = methods.map(ProxyEventV1.resourceID)
    }

    public struct Match: Sendable {
        public var method: APIMethod
        /// Path parameters in declaration order, decoded.
        public var pathParameters: [(String, String)]
        /// The method's resource id (`$context.resourceId`).
        public var resourceID: String
    }

    /// `path` is the resource part of the request path (the stage already removed).
    public func match(method httpMethod: String, path: String) -> Match? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        var best: (rank: [Int], exact: Bool, match: Match)?
        var bestResource: [Int]?
        // Group by resource: find the most specific resource path that matches at all.
        for (position, candidate) in methods.enumerated() where !candidate.path.isDefaultRoute {
            guard let (parameters, rank) = candidate.path.match(parts) else { continue }
            let exact = candidate.httpMethod == httpMethod
            let methodFits = exact || candidate.httpMethod == "ANY"
            if kind == .rest {
                // REST: the resource is chosen first; its methods are looked at afterwards.
                if bestResource == nil || Self.less(rank, bestResource!) { bestResource = rank }
            }
            guard methodFits else { continue }
            let entry = (rank: rank, exact: exact, match: Match(method: candidate, pathParameters: parameters, resourceID: resourceIDs[position]))
            if let current = best {
                if Self.less(rank, current.rank) || (rank == current.rank && exact && !current.exact) { best = entry }
            } else {
                best = entry
            }
        }
        if kind == .rest, let bestResource, let best, best.rank != bestResource {
            return nil
        }
        if let best { return best.match }
        if kind == .http, let fallback = methods.firstIndex(where: { $0.path.isDefaultRoute }) {
            return Match(method: methods[fallback], pathParameters: [], resourceID: resourceIDs[fallback])
        }
        return nil
    }

    static func less(_ left: [Int], _ right: [Int]) -> Bool {
        for (a, b) in zip(left, right) where a != b { return a < b }
        // A longer path of literals/params is more specific than a shorter one ending greedy.
        return left.count > right.count
    }
}
