import Foundation

/// Locates files in the repository from a test's source file, so tests read `mappings/`,
/// `samples/` and golden files in place (SwiftPM resources cannot reach outside a target).
public enum RepositoryRoot {
    /// The folder holding `Package.swift`, found by walking up from `file`.
    public static func url(file: StaticString = #filePath) -> URL {
        var directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(file)")
    }

    /// A path inside the repository, e.g. `RepositoryRoot.path("samples/apis")`.
    public static func path(_ relative: String, file: StaticString = #filePath) -> String {
        url(file: file).appendingPathComponent(relative).path
    }

    /// Every file below `relative` whose name ends with `suffix`, sorted, as paths.
    public static func files(under relative: String, suffix: String, file: StaticString = #filePath) -> [String] {
        let base = url(file: file).appendingPathComponent(relative)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var found: [String] = []
        for case let item as URL in walker where item.lastPathComponent.hasSuffix(suffix) {
            found.append(item.path)
        }
        return found.sorted()
    }
}

/// Byte-exact golden files: `compare` returns nil when `actual` equals the file, else a
/// readable difference. With `GATEHOUSE_RECORD=1` it writes the file instead and reports that
/// it recorded, so a recording run never passes by accident.
public enum Golden {
    public static func compare(_ actual: String, toFileAt path: String) -> String? {
        if ProcessInfo.processInfo.environment["GATEHOUSE_RECORD"] == "1" {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            try? Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return "recorded \(path) (GATEHOUSE_RECORD=1): run again without it"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return "missing golden file \(path) (record it with GATEHOUSE_RECORD=1)"
        }
        let expected = String(decoding: data, as: UTF8.self)
        return expected == actual ? nil : difference(expected: expected, actual: actual)
    }

    /// The first differing line of two texts, with both versions, plus the lengths.
    public static func difference(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let right = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if left != right {
                return """
                    first difference at line \(index + 1):
                      expected: \(left.debugDescription)
                      actual:   \(right.debugDescription)
                    (expected \(expected.utf8.count) bytes, got \(actual.utf8.count))
                    """
            }
        }
        return "texts differ (expected \(expected.utf8.count) bytes, got \(actual.utf8.count))"
    }
}
