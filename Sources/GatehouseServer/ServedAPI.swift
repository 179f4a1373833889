import Foundation
import Gatehouse
import Synchronization

/// One loaded version of an API: the pipeline built from it and the files it was read from.
///
/// A value that never changes once made. A reload builds a new one and swaps it in whole, so a
/// request that started on the old version finishes on it.
public struct ServedAPI: Sendable {
    public var pipeline: Pipeline
    /// Every file the version was built from (the definition, template files, policies): the
    /// files `DefinitionWatcher` polls.
    public var files: [String]
    /// When it was loaded (for messages).
    public var loadedAt: Date

    public init(pipeline: Pipeline, files: [String], loadedAt: Date = Date()) {
        self.pipeline = pipeline
        self.files = files
        self.loadedAt = loadedAt
    }
}

/// Builds a `ServedAPI` from files: the command line's loader, called at start and on each
/// change. Throwing refuses the version (at start: the server does not start).
public typealias APILoader = @Sendable () throws -> ServedAPI

/// The version being served, behind one lock. Requests take a copy of the current value (a
/// struct of references) and never hold the lock while they run.
public final class APIStore: Sendable {
    private let state: Mutex<ServedAPI>
    /// Bumped on each swap (tests and logs read it).
    private let versions: Mutex<Int>

    public init(_ api: ServedAPI) {
        state = Mutex(api)
        versions = Mutex(1)
    }

    public var current: ServedAPI { state.withLock { $0 } }

    /// How many versions have been served (1 before any reload).
    public var version: Int { versions.withLock { $0 } }

    public func replace(with api: ServedAPI) {
        state.withLock { $0 = api }
        versions.withLock { $0 += 1 }
    }
}
