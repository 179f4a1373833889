import Foundation
import Testing

/// Golden files: `Golden/<name>` beside this file, compared byte for byte. With
/// `GATEHOUSE_RECORD=1` the file is (re)written and the test fails, so a recording run never
/// passes by accident.
enum GoldenFiles {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let samples = repositoryRoot.appendingPathComponent("samples/xml")
    static let recording = ProcessInfo.processInfo.environment["GATEHOUSE_RECORD"] == "1"

    static func assert(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = goldenDirectory.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(actual.utf8).write(to: url)
            Issue.record("Recorded \(name); run again without GATEHOUSE_RECORD to check it.", sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("Missing golden file \(name); run with GATEHOUSE_RECORD=1 to create it.", sourceLocation: sourceLocation)
            return
        }
        if Data(actual.utf8) != expected {
            Issue.record(
                "\(name) differs.\n--- expected\n\(String(decoding: expected, as: UTF8.self))\n--- actual\n\(actual)",
                sourceLocation: sourceLocation
            )
        }
    }

    static func sample(_ relativePath: String) -> Data {
        FileManager.default.contents(atPath: samples.appendingPathComponent(relativePath).path)!
    }

    /// File names (without extension) of the samples in `folder` with `extension`.
    static func sampleNames(in folder: String = "", extension ext: String) -> [String] {
        let directory = samples.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".\(ext)") }.map { String($0.dropLast(ext.count + 1)) }.sorted()
    }
}
