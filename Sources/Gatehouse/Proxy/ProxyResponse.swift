import Foundation
import GatehouseJSON

/// A Lambda proxy function's result, read as API Gateway reads it.
public struct ProxyResponse: Sendable, Hashable {
    public var statusCode: Int
    public var headers: HeaderFields
    /// The body's bytes (base64-decoded when `isBase64Encoded`).
    public var body: [UInt8]
    /// The function said `isBase64Encoded: true`; `encodedBody` then holds the text it sent.
    public var isBase64Encoded: Bool = false
    public var encodedBody: String?

    /// Why a result is not a valid proxy response.
    public struct Malformed: Error, Sendable, Hashable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    static let keysV1: Set<String> = ["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"]

    /// Payload format 1.0: an object with only `statusCode`, `headers`, `multiValueHeaders`,
    /// `body` and `isBase64Encoded`. `statusCode` may be a number or a numeric string; `{}` is 200
    /// with an empty body; multi-value headers come before single ones of the same name.
    public static func parseV1(_ text: String) throws(Malformed) -> ProxyResponse {
        guard let value = JSONText.parse(text), case .object(let object) = value else {
            throw Malformed(reason: "the result is not a JSON object")
        }
        for key in object.keys where !keysV1.contains(key) {
            throw Malformed(reason: "unknown key '\(key)'")
        }
        return try structured(object)
    }

    /// Payload format 2.0: an object with `statusCode` is read as in 1.0 (plus `cookies`, each a
    /// `Set-Cookie` header); anything else valid JSON is the body of a 200 with
    /// `content-type: application/json` (a JSON string is its own text).
    public static func parseV2(_ text: String) throws(Malformed) -> ProxyResponse {
        guard let value = JSONText.parse(text) else { throw Malformed(reason: "the result is not JSON") }
        if case .object(let object) = value, object["statusCode"] != nil {
            var response = try structured(object)
            if let cookies = object["cookies"] {
                guard case .array(let list) = cookies else { throw Malformed(reason: "cookies must be a list") }
                for cookie in list {
                    guard case .string(let text) = cookie else { throw Malformed(reason: "cookies must be strings") }
                    response.headers.append("set-cookie", text)
                }
            }
            return response
        }
        let body: String
        if case .string(let string) = value { body = string } else { body = text }
        return ProxyResponse(statusCode: 200, headers: ["content-type": "application/json"], body: Array(body.utf8))
    }

    private static func structured(_ object: JSONObject) throws(Malformed) -> ProxyResponse {
        var status = 200
        switch object["statusCode"] {
        case nil, .null?: break
        case .number(let number)?:
            guard let code = number.intValue else { throw Malformed(reason: "statusCode is not an integer") }
            status = code
        case .string(let text)?:
            guard let code = Int(text) else { throw Malformed(reason: "statusCode is not an integer") }
            status = code
        default: throw Malformed(reason: "statusCode is not an integer")
        }
        guard (100...599).contains(status) else { throw Malformed(reason: "statusCode \(status) is not an HTTP status") }
        var headers = HeaderFields()
        var multiNames = Set<String>()
        switch object["multiValueHeaders"] {
        case nil, .null?: break
        case .object(let multi)?:
            for (name, values) in multi {
                guard case .array(let list) = values else { throw Malformed(reason: "multiValueHeaders.\(name) is not a list") }
                for item in list {
                    guard let text = scalarText(item) else { throw Malformed(reason: "multiValueHeaders.\(name) holds a non-scalar") }
                    headers.append(name, text)
                }
                multiNames.insert(name.lowercased())
            }
        default: throw Malformed(reason: "multiValueHeaders is not an object")
        }
        switch object["headers"] {
        case nil, .null?: break
        case .object(let single)?:
            for (name, value) in single {
                guard let text = scalarText(value) else { throw Malformed(reason: "headers.\(name) is not a string") }
                if multiNames.contains(name.lowercased()) {
                    headers.append(name, text)
                } else {
                    headers.append(name, text)
                }
            }
        default: throw Malformed(reason: "headers is not an object")
        }
        var base64 = false
        switch object["isBase64Encoded"] {
        case nil, .null?: break
        case .bool(let flag)?: base64 = flag
        case .string(let text)? where text == "true" || text == "false": base64 = text == "true"
        default: throw Malformed(reason: "isBase64Encoded is not a boolean")
        }
        var body: [UInt8] = []
        switch object["body"] {
        case nil, .null?: break
        case .string(let text)?:
            if base64 {
                guard let data = Data(base64Encoded: text) else { throw Malformed(reason: "body is not valid base64") }
                body = Array(data)
            } else {
                body = Array(text.utf8)
            }
        default: throw Malformed(reason: "body is not a string")
        }
        var response = ProxyResponse(statusCode: status, headers: headers, body: body)
        if base64, case .string(let text)? = object["body"] {
            response.isBase64Encoded = true
            response.encodedBody = text
        }
        return response
    }

    private static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .number(let number): return number.text
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }
}
