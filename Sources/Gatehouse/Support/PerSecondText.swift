import Foundation
import Synchronization

/// Text that depends only on the whole second of a date (`$context.requestTime`, an access log
/// line's time), formatted once a second and reused: the requests of the same second share it.
///
/// `format` must give the same text for every date within a second (whole seconds rounded down,
/// as `ExecutionLog.requestTime` and the access log's clock read them).
public final class PerSecondText: Sendable {
    private let format: @Sendable (Date) -> String
    private let last: Mutex<(second: Int64, text: String)?>

    public init(_ format: @escaping @Sendable (Date) -> String) {
        self.format = format
        self.last = Mutex(nil)
    }

    public func text(for date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        // Outside Int64's range (never a request's time): no caching.
        guard seconds > -9.2e18, seconds < 9.2e18 else { return format(date) }
        let second = Int64(seconds)
        if let text = last.withLock({ entry in entry?.second == second ? entry?.text : nil }) { return text }
        let text = format(date)
        last.withLock { $0 = (second, text) }
        return text
    }
}

/// Remembers the last input a pure function was given and what it gave: when the same input
/// comes again (a mock's request template without request data renders the same text on every
/// request) the answer is reused. `compute` must depend on the input only.
public final class LastResult<Input: Equatable & Sendable, Output: Sendable>: Sendable {
    private let last: Mutex<(input: Input, output: Output)?>

    public init() {
        last = Mutex(nil)
    }

    public func value(for input: Input, _ compute: (Input) -> Output) -> Output {
        if let output = last.withLock({ entry -> Output? in
            guard let entry, entry.input == input else { return nil }
            return entry.output
        }) {
            return output
        }
        let output = compute(input)
        last.withLock { $0 = (input, output) }
        return output
    }
}
