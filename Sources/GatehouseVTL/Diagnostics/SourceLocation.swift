/// A position in template text: 1-based line and column, columns counted in Unicode scalars
/// (the unit Velocity reports, as Java counts characters on one line for ASCII text).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}
