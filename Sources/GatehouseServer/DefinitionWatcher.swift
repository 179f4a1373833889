import Foundation
import Logging
import ServiceLifecycle
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--watch`: polls the files the served API was built from and, when one changes, loads the
/// API again and swaps the new version in whole.
///
/// - Requests already running finish on the version they started with (`APIStore` hands out
///   immutable values); nothing is dropped.
/// - A version that does not load is refused: the last good one keeps serving, and the log says
///   why (the definition error names the file, the JSON pointer and the problem). It is tried
///   again on the next change.
/// - Polling (modification time in nanoseconds, size, inode) rather than inotify keeps it
///   portable and catches editors that replace files by renaming.
public final class DefinitionWatcher: Service, Sendable {
    public let store: APIStore
    public let loader: APILoader
    public let interval: Duration
    private let logger: Logger
    private let state: Mutex<State>

    struct State {
        var stamps: [String: FileStamp]
        /// The stamps of the last refused attempt, so one bad edit is reported once.
        var refused: [String: FileStamp]?
    }

    /// What a reload check did.
    public enum Outcome: Sendable, Equatable {
        case unchanged
        case reloaded
        /// The new files do not load; the message says why.
        case refused(String)
    }

    public init(store: APIStore, loader: @escaping APILoader, interval: Duration = .milliseconds(500), logger: Logger) {
        self.store = store
        self.loader = loader
        self.interval = interval
        self.logger = logger
        self.state = Mutex(State(stamps: Self.stamps(store.current.files), refused: nil))
    }

    public func run() async throws {
        // Graceful shutdown cancels the sleep; that is the end of the loop, not a failure.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: self.interval)
                } catch {
                    return
                }
                _ = self.check()
            }
        }
    }

    /// Looks at the files once and reloads if one changed. The polling loop calls it; tests call
    /// it directly, so they never wait on a timer.
    @discardableResult
    public func check() -> Outcome {
        let watched = store.current.files
        let now = Self.stamps(watched)
        let previous = state.withLock { $0 }
        if now == previous.stamps { return .unchanged }
        if let refused = previous.refused, refused == now { return .unchanged }
        let changed = watched.filter { now[$0] != previous.stamps[$0] }
        do {
            let api = try loader()
            store.replace(with: api)
            let stamps = Self.stamps(api.files)
            state.withLock { $0 = State(stamps: stamps, refused: nil) }
            logger.notice(
                "reloaded the API", metadata: ["changed": "\(changed.joined(separator: ", "))", "version": "\(store.version)"])
            return .reloaded
        } catch {
            state.withLock { $0.refused = now }
            let message = "\(error)"
            logger.error(
                "refused the changed API, still serving the version loaded at \(Self.clock(store.current.loadedAt)): \(message)",
                metadata: ["changed": "\(changed.joined(separator: ", "))"])
            return .refused(message)
        }
    }

    static func clock(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }

    /// A file's identity for change detection; a missing file has its own stamp.
    struct FileStamp: Hashable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
        static let missing = FileStamp(seconds: -1, nanoseconds: -1, size: -1, inode: 0)
    }

    static func stamps(_ files: [String]) -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for file in files { result[file] = stamp(file) }
        return result
    }

    static func stamp(_ path: String) -> FileStamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        #if canImport(Darwin)
        return FileStamp(
            seconds: Int(info.st_mtimespec.tv_sec), nanoseconds: Int(info.st_mtimespec.tv_nsec), size: Int64(info.st_size), inode: UInt64(info.st_ino))
        #else
        return FileStamp(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int64(info.st_size), inode: UInt64(info.st_ino))
        #endif
    }
}
