/// Why a JSON text could not be parsed.
///
/// For the permissive parser (``JSONValue/parsePermissive(_:maxDepth:)``) the message is
/// json-smart 2.2's own text, e.g. `Unexpected End Of File position 1: null` or
/// `Unexpected character (}) at position 0.`, and ``position`` is json-smart's position: an index
/// in UTF-16 code units, as Java counts a `String`. API Gateway puts that message in its 400
/// response (`Could not process payload...`).
///
/// For the strict parser (``JSONValue/parse(_:maxDepth:)``) the message is Gatehouse's own and
/// ``line``/``column`` (1-based, column in Unicode scalars) say where the problem is.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem was found.
    public enum Kind: Sendable, Equatable {
        /// json-smart `ParseException.ERROR_UNEXPECTED_CHAR` (0).
        case unexpectedCharacter
        /// json-smart `ParseException.ERROR_UNEXPECTED_TOKEN` (1).
        case unexpectedToken
        /// json-smart `ParseException.ERROR_UNEXPECTED_EOF` (3).
        case unexpectedEndOfFile
        /// json-smart `ParseException.ERROR_UNEXPECTED_UNICODE` (4).
        case unexpectedUnicode
        /// Nesting deeper than the configured limit (json-smart's error 7 wording).
        case tooDeep
        /// A number json-smart hands to `Double.parseDouble`/`new BigDecimal` and that throws
        /// `java.lang.NumberFormatException` (e.g. `1.5e+`): not a `ParseException` in Java.
        /// ``JSONError/message`` is the exception's message, empty when Java's has none (JDK 17's
        /// `new BigDecimal("…e+")` throws one without a message).
        case numberFormat
        /// Strict-mode syntax error.
        case syntax
    }

    public var kind: Kind
    /// The message, exactly as json-smart words it for permissive parsing.
    public var message: String
    /// json-smart's position (UTF-16 code units from the start) or, for strict mode, the byte offset.
    public var position: Int
    /// 1-based line (strict mode; permissive errors also carry it for convenience).
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int

    public init(kind: Kind, message: String, position: Int, line: Int = 0, column: Int = 0) {
        self.kind = kind
        self.message = message
        self.position = position
        self.line = line
        self.column = column
    }

    /// json-smart's `ParseException.getErrorType()` value for this error, or -1 when Java would
    /// not throw a `ParseException` (number format) or for strict-mode errors.
    public var jsonSmartErrorType: Int {
        switch kind {
        case .unexpectedCharacter: return 0
        case .unexpectedToken: return 1
        case .unexpectedEndOfFile: return 3
        case .unexpectedUnicode: return 4
        case .tooDeep: return 7
        case .numberFormat, .syntax: return -1
        }
    }

    public var description: String {
        switch kind {
        case .syntax: return "\(message) at line \(line), column \(column)"
        default: return message
        }
    }
}
