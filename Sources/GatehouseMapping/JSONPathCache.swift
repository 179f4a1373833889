import GatehouseJSON
import GatehouseVTL
import Synchronization

/// Compiled JSONPaths by their text, shared by every render: a template's `$input.path('$.a')`
/// compiles once per process, not once per request.
final class JSONPathCache: Sendable {
    static let shared = JSONPathCache()

    /// Bounded so a stream of distinct, generated paths cannot grow memory without limit.
    private static let capacity = 4096
    private let paths = Mutex<[String: JSONPath]>([:])

    func path(_ expression: String) throws -> JSONPath {
        if let cached = paths.withLock({ $0[expression] }) { return cached }
        let compiled: JSONPath
        do {
            compiled = try JSONPath(expression)
        } catch {
            throw VTLHostError(exception: error.exceptionClass, message: error.message)
        }
        paths.withLock {
            if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
            $0[expression] = compiled
        }
        return compiled
    }
}
