import Foundation

/// An integration response's `selectionPattern`: a Java regular expression that must match the
/// whole string (Java's `String.matches`), compiled when the definition loads.
///
/// ICU's syntax (used by `NSRegularExpression`) is Java's for everything these patterns use in
/// practice: classes, quantifiers, groups, alternation, `\d`, `\s`, `.` not matching line breaks.
public struct SelectionPattern: @unchecked Sendable, CustomStringConvertible {
    public let pattern: String
    // NSRegularExpression is immutable and documented thread-safe.
    private let expression: NSRegularExpression

    public init(_ pattern: String) throws {
        self.pattern = pattern
        self.expression = try NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z", options: [])
    }

    /// Whether the pattern matches all of `text`.
    public func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    public var description: String { pattern }
}
