import Foundation

/// `contentHandling` on an integration (request) or an integration response.
public enum ContentHandling: String, Sendable, Hashable, CaseIterable {
    /// Base64-decode a text payload into bytes; a binary payload stays as it is.
    case convertToBinary = "CONVERT_TO_BINARY"
    /// Base64-encode a binary payload into text; a text payload stays as it is.
    case convertToText = "CONVERT_TO_TEXT"
}

/// A body as API Gateway holds it between two steps: text (what templates read) or binary
/// (bytes that pass through untouched).
enum Payload: Sendable, Hashable {
    case text(String)
    case binary([UInt8])

    var bytes: [UInt8] {
        switch self {
        case .text(let text): return Array(text.utf8)
        case .binary(let bytes): return bytes
        }
    }

    var isBinary: Bool {
        if case .binary = self { return true }
        return false
    }

    /// What the execution log prints for it: the text, or `[Binary Data]`.
    var logText: String {
        switch self {
        case .text(let text): return text
        case .binary: return "[Binary Data]"
        }
    }

    /// Bytes read as text the way API Gateway reads a text payload: UTF-8, with invalid
    /// sequences replaced by U+FFFD.
    static func text(from bytes: [UInt8]) -> Payload {
        .text(String(decoding: bytes, as: UTF8.self))
    }

    /// Why a base64 conversion failed.
    struct Base64Failure: Error {}

    /// API Gateway's base64 decoding of a text payload. Surrounding whitespace is ignored;
    /// anything else that is not base64 fails the conversion.
    static func decodeBase64(_ text: String) throws(Base64Failure) -> [UInt8] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let data = Data(base64Encoded: trimmed) else { throw Base64Failure() }
        return Array(data)
    }

    static func encodeBase64(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// The integration request's payload (AWS's "Content type conversions" table, request side):
    /// the method request body is binary when its `Content-Type` matches `binaryMediaTypes`.
    ///
    /// | method request | contentHandling | integration request |
    /// | --- | --- | --- |
    /// | text | none, `CONVERT_TO_TEXT` | the text |
    /// | text | `CONVERT_TO_BINARY` | the text base64-decoded |
    /// | binary | none, `CONVERT_TO_BINARY` | the bytes |
    /// | binary | `CONVERT_TO_TEXT` | the bytes base64-encoded |
    static func integrationRequest(body: [UInt8], isBinary: Bool, handling: ContentHandling?) throws(Base64Failure) -> Payload {
        switch (isBinary, handling) {
        case (true, .convertToText?): return .text(encodeBase64(body))
        case (true, _): return .binary(body)
        case (false, .convertToBinary?):
            return .binary(try decodeBase64(String(decoding: body, as: UTF8.self)))
        case (false, _): return text(from: body)
        }
    }

    /// The method response's payload (the table's response side): the integration response is
    /// binary when its `Content-Type` matches `binaryMediaTypes`, and the client wants binary
    /// when the first media type of its `Accept` does.
    ///
    /// | integration response | Accept | contentHandling | method response |
    /// | --- | --- | --- | --- |
    /// | text | text | none, `CONVERT_TO_TEXT` | the text |
    /// | text | binary | `CONVERT_TO_TEXT` | the text |
    /// | text | any | `CONVERT_TO_BINARY` | the text base64-decoded |
    /// | text | binary | none | the text base64-decoded |
    /// | binary | any | `CONVERT_TO_TEXT` | the bytes base64-encoded |
    /// | binary | text | none | the bytes base64-encoded |
    /// | binary | any | `CONVERT_TO_BINARY` | the bytes |
    /// | binary | binary | none | the bytes |
    static func methodResponse(body: [UInt8], isBinary: Bool, acceptsBinary: Bool, handling: ContentHandling?) throws(Base64Failure) -> Payload {
        let wantsText = handling == .convertToText || (handling == nil && !acceptsBinary)
        if isBinary {
            return wantsText ? .text(encodeBase64(body)) : .binary(body)
        }
        if wantsText { return text(from: body) }
        return .binary(try decodeBase64(String(decoding: body, as: UTF8.self)))
    }
}
