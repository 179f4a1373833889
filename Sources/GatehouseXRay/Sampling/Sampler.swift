import Synchronization

/// Decides which requests are traced, as X-Ray's SDKs do with local rules: the matching rule
/// with the lowest priority number takes up to its reservoir each second, then a fixed share of
/// the rest. Time comes from the injected clock and chance from the injected random source, so
/// decisions are reproducible in tests.
public final class Sampler: Sendable {
    /// The outcome of one decision.
    public struct Decision: Sendable, Hashable {
        public var sampled: Bool
        /// The rule that matched.
        public var ruleName: String
        /// True when the reservoir (not the fixed rate) took the request.
        public var fromReservoir: Bool

        public init(sampled: Bool, ruleName: String, fromReservoir: Bool) {
            self.sampled = sampled
            self.ruleName = ruleName
            self.fromReservoir = fromReservoir
        }
    }

    public let rules: [SamplingRule]
    private let clock: any TraceClock
    private let random: @Sendable () -> Double
    /// Per rule: the current second and how many requests the reservoir took in it.
    private let reservoirs: Mutex<[(second: Int64, used: Int)]>

    /// `rules` are sorted by priority then name; X-Ray's default rule is added when no rule
    /// matches everything. `random` returns values in `0..<1`.
    public init(
        rules: [SamplingRule] = [], clock: any TraceClock = SystemTraceClock(),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        var sorted = rules.sorted { ($0.priority, $0.ruleName) < ($1.priority, $1.ruleName) }
        let catchAll = sorted.contains {
            $0.host == "*" && $0.httpMethod == "*" && $0.urlPath == "*" && $0.serviceName == "*" && $0.serviceType == "*"
                && $0.resourceARN == "*"
        }
        if !catchAll { sorted.append(.default) }
        self.rules = sorted
        self.clock = clock
        self.random = random
        self.reservoirs = Mutex(Array(repeating: (second: Int64.min, used: 0), count: sorted.count))
    }

    /// Samples everything (for `--sample-all` and tests).
    public static func always() -> Sampler {
        Sampler(rules: [SamplingRule(ruleName: "All", priority: 1, fixedRate: 1, reservoirSize: 0)])
    }

    public func decide(_ request: SamplingRequest) -> Decision {
        guard let index = rules.firstIndex(where: { $0.matches(request) }) else {
            return Decision(sampled: false, ruleName: "", fromReservoir: false)
        }
        let rule = rules[index]
        let second = Int64(clock.now().rounded(.down))
        let tookReservoir = reservoirs.withLock { states -> Bool in
            if states[index].second != second { states[index] = (second, 0) }
            guard states[index].used < rule.reservoirSize else { return false }
            states[index].used += 1
            return true
        }
        if tookReservoir { return Decision(sampled: true, ruleName: rule.ruleName, fromReservoir: true) }
        return Decision(sampled: random() < rule.fixedRate, ruleName: rule.ruleName, fromReservoir: false)
    }
}
