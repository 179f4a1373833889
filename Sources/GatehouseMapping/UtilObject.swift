import GatehouseJSON
import GatehouseVTL

/// `$util`: API Gateway's helper functions, each reproducing the Java library AWS calls.
final class UtilObject: VTLObject, Sendable {
    /// Stateless, so one instance serves every render.
    static let shared = UtilObject()
    var javaDescription: String { "com.amazonaws.apigateway.util.Util" }

    func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? {
        guard arguments.count == 1 else { return nil }
        let argument = arguments[0]
        if case .null = argument {
            // The Java methods dereference their argument: a null throws a NullPointerException.
            switch method {
            case "escapeJavaScript": return .null  // commons-lang returns null for null
            case "parseJson", "urlEncode", "urlDecode", "base64Encode", "base64Decode":
                throw VTLHostError(exception: "java.lang.NullPointerException", message: "\(method) of null")
            default: return nil
            }
        }
        guard case .string(let text) = argument else {
            // Velocity finds no method taking a non-String argument.
            return nil
        }
        switch method {
        case "escapeJavaScript": return .string(Self.escapeJavaScript(text))
        case "parseJson": return try Self.parseJson(text)
        case "urlEncode": return .string(Self.urlEncode(text))
        case "urlDecode": return .string(try Self.urlDecode(text))
        case "base64Encode": return .string(Base64.encode(Array(text.utf8)))
        case "base64Decode": return .string(try Self.base64Decode(text))
        default: return nil
        }
    }

    /// commons-lang 2.6 `StringEscapeUtils.escapeJavaScript`: Java escapes plus `\'` and `\/`,
    /// every UTF-16 unit above 0x7F as `\uXXXX` (upper-case hex).
    static func escapeJavaScript(_ text: String) -> String {
        var bytes = text
        return bytes.withUTF8 { input -> String in
            escapeTable.withUnsafeBufferPointer { table -> String in
                // Measure first: most values (ids, names) need no escaping and are returned as
                // they are; the others are written once into a string of the right size.
                var size = 0
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    if byte < 0x80 {
                        let entry = table[Int(byte)]
                        size &+= entry == 0 ? 1 : (entry == 1 ? 6 : 2)
                        index &+= 1
                    } else {
                        // One UTF-16 unit (`\uXXXX`) per scalar of up to three UTF-8 bytes, two
                        // (a surrogate pair) for four.
                        let length = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                        size &+= length == 4 ? 12 : 6
                        index &+= length
                    }
                }
                if size == input.count { return text }
                return String(unsafeUninitializedCapacity: size) { out in
                    var o = 0
                    func unit(_ value: UInt16) {
                        out[o] = UInt8(ascii: "\\")
                        out[o &+ 1] = UInt8(ascii: "u")
                        out[o &+ 2] = upperHex(UInt8(truncatingIfNeeded: value >> 12))
                        out[o &+ 3] = upperHex(UInt8(truncatingIfNeeded: value >> 8) & 0xF)
                        out[o &+ 4] = upperHex(UInt8(truncatingIfNeeded: value >> 4) & 0xF)
                        out[o &+ 5] = upperHex(UInt8(truncatingIfNeeded: value) & 0xF)
                        o &+= 6
                    }
                    var index = 0
                    while index < input.count {
                        let byte = input[index]
                        if byte < 0x80 {
                            let entry = table[Int(byte)]
                            if entry == 0 {
                                out[o] = byte
                                o &+= 1
                            } else if entry == 1 {
                                unit(UInt16(byte))
                            } else {
                                out[o] = UInt8(ascii: "\\")
                                out[o &+ 1] = entry
                                o &+= 2
                            }
                            index &+= 1
                            continue
                        }
                        // Swift strings hold valid UTF-8, so the sequence is complete.
                        var scalar: UInt32
                        let length: Int
                        if byte >= 0xF0 {
                            scalar = UInt32(byte & 0x07)
                            length = 4
                        } else if byte >= 0xE0 {
                            scalar = UInt32(byte & 0x0F)
                            length = 3
                        } else {
                            scalar = UInt32(byte & 0x1F)
                            length = 2
                        }
                        for k in 1..<length { scalar = scalar << 6 | UInt32(input[index &+ k] & 0x3F) }
                        if scalar >= 0x10000 {
                            let v = scalar &- 0x10000
                            unit(UInt16(truncatingIfNeeded: 0xD800 | v >> 10))
                            unit(UInt16(truncatingIfNeeded: 0xDC00 | v & 0x3FF))
                        } else {
                            unit(UInt16(truncatingIfNeeded: scalar))
                        }
                        index &+= length
                    }
                    return o
                }
            }
        }
    }

    /// Per ASCII byte, what `escapeJavaScript` writes: 0 the byte itself, 1 `\u00XX`, otherwise
    /// a backslash and this letter (`\n`, `\'`, `\/`, ...).
    private static let escapeTable: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x08: return UInt8(ascii: "b")
        case 0x0A: return UInt8(ascii: "n")
        case 0x09: return UInt8(ascii: "t")
        case 0x0C: return UInt8(ascii: "f")
        case 0x0D: return UInt8(ascii: "r")
        case 0x27, 0x22, 0x5C, 0x2F: return UInt8(byte)
        case 0..<0x20, 0x7F...: return byte < 0x20 ? 1 : 0
        default: return 0
        }
    }

    /// `java.net.URLEncoder.encode(s, "UTF-8")`: letters, digits and `.-*_` stay, a space is `+`,
    /// every other UTF-8 byte is `%XX`.
    static func urlEncode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input in
            urlEncodeClass.withUnsafeBufferPointer { classes in
                // Measure first, so the result is written once into a string of the right size.
                var size = 0
                for byte in input { size &+= classes[Int(byte)] == percent ? 3 : 1 }
                return String(unsafeUninitializedCapacity: size) { out in
                    var o = 0
                    for byte in input {
                        switch classes[Int(byte)] {
                        case kept:
                            out[o] = byte
                            o &+= 1
                        case space:
                            out[o] = UInt8(ascii: "+")
                            o &+= 1
                        default:
                            out[o] = UInt8(ascii: "%")
                            out[o &+ 1] = upperHex(byte >> 4)
                            out[o &+ 2] = upperHex(byte & 0xF)
                            o &+= 3
                        }
                    }
                    return o
                }
            }
        }
    }

    private static let kept: UInt8 = 0, space: UInt8 = 1, percent: UInt8 = 2

    /// Per byte, what `URLEncoder` does with it: keep it, write `+`, or write `%XX`.
    private static let urlEncodeClass: [UInt8] = (0...255).map { byte -> UInt8 in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
            UInt8(ascii: "*"), UInt8(ascii: "_"):
            return kept
        case UInt8(ascii: " "):
            return space
        default:
            return percent
        }
    }

    /// The upper-case hexadecimal digit for `nibble` (0–15).
    @inline(__always) private static func upperHex(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? nibble &+ UInt8(ascii: "0") : nibble &+ (UInt8(ascii: "A") &- 10)
    }

    /// `java.net.URLDecoder.decode(s, "UTF-8")`: `+` is a space, `%XX` runs are UTF-8 bytes;
    /// a malformed escape throws `IllegalArgumentException` with Java's message.
    static func urlDecode(_ text: String) throws -> String {
        var out = ""
        var pending = [UInt8]()
        let bytes = Array(text.utf8)
        var index = 0
        func flush() {
            if !pending.isEmpty {
                out += String(decoding: pending, as: UTF8.self)
                pending.removeAll(keepingCapacity: true)
            }
        }
        var plainStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                out += String(decoding: bytes[plainStart..<index], as: UTF8.self)
                while index < bytes.count, bytes[index] == UInt8(ascii: "%") {
                    guard index + 2 < bytes.count else {
                        throw VTLHostError(
                            exception: "java.lang.IllegalArgumentException",
                            message: "URLDecoder: Incomplete trailing escape (%) pattern"
                        )
                    }
                    guard let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                        let pair = String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self)
                        throw VTLHostError(
                            exception: "java.lang.IllegalArgumentException",
                            message: "URLDecoder: Illegal hex characters in escape (%) pattern - For input string: \"\(pair)\""
                        )
                    }
                    pending.append(high << 4 | low)
                    index += 3
                }
                flush()
                plainStart = index
            } else if byte == UInt8(ascii: "+") {
                out += String(decoding: bytes[plainStart..<index], as: UTF8.self)
                out += " "
                index += 1
                plainStart = index
            } else {
                index += 1
            }
        }
        out += String(decoding: bytes[plainStart..<index], as: UTF8.self)
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// `java.util.Base64.getDecoder().decode` (strict: padding optional at the end only, no
    /// whitespace), then the bytes read as UTF-8.
    static func base64Decode(_ text: String) throws -> String {
        switch Base64.decode(text) {
        case .success(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .failure(let error):
            throw VTLHostError(exception: "java.lang.IllegalArgumentException", message: error.message)
        }
    }

    /// json-smart's permissive parse, as `$util.parseJson` does: objects become `JSONObject`
    /// (a `HashMap`: hash order, prints as JSON), arrays `JSONArray`.
    static func parseJson(_ text: String) throws -> VTLValue {
        do {
            let value = try JSONParser.parse(text, mode: .permissive)
            return VTLBridge.value(value, objectKind: .jsonObject)
        } catch {
            throw VTLHostError(exception: "net.minidev.json.parser.ParseException", message: error.message)
        }
    }
}

/// Standard base64 as `java.util.Base64` writes and (strictly) reads it.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        let length = (bytes.count + 2) / 3 * 4
        if length == 0 { return "" }
        return bytes.withUnsafeBufferPointer { input in
            alphabet.withUnsafeBufferPointer { alphabet in
                String(unsafeUninitializedCapacity: length) { out in
                    var index = 0
                    var o = 0
                    while index + 2 < input.count {
                        let chunk = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
                        out[o] = alphabet[Int(chunk >> 18 & 63)]
                        out[o + 1] = alphabet[Int(chunk >> 12 & 63)]
                        out[o + 2] = alphabet[Int(chunk >> 6 & 63)]
                        out[o + 3] = alphabet[Int(chunk & 63)]
                        index += 3
                        o += 4
                    }
                    let rest = input.count - index
                    if rest > 0 {
                        var chunk = UInt32(input[index]) << 16
                        if rest == 2 { chunk |= UInt32(input[index + 1]) << 8 }
                        out[o] = alphabet[Int(chunk >> 18 & 63)]
                        out[o + 1] = alphabet[Int(chunk >> 12 & 63)]
                        out[o + 2] = rest == 2 ? alphabet[Int(chunk >> 6 & 63)] : UInt8(ascii: "=")
                        out[o + 3] = UInt8(ascii: "=")
                        o += 4
                    }
                    return o
                }
            }
        }
    }

    struct DecodeError: Error {
        var message: String
    }

    /// Mirrors `java.util.Base64.Decoder.decode(String)` (its `decode0`), messages included.
    /// The string is read as ISO-8859-1 bytes, so a character above U+00FF reads as `?`.
    static func decode(_ text: String) -> Result<[UInt8], DecodeError> {
        let input: [UInt8] = text.unicodeScalars.map { $0.value <= 0xFF ? UInt8($0.value) : UInt8(ascii: "?") }
        var out = [UInt8]()
        out.reserveCapacity(input.count / 4 * 3)
        var bits: UInt32 = 0
        var shift = 18
        var index = 0
        while index < input.count {
            let byte = input[index]
            index += 1
            if byte == UInt8(ascii: "=") {
                if shift == 6 && (index == input.count || { defer { index += 1 }; return input[index] != UInt8(ascii: "=") }())
                    || shift == 18
                {
                    return .failure(DecodeError(message: "Input byte array has wrong 4-byte ending unit"))
                }
                break
            }
            guard let sextet = sextetValue(byte) else {
                // Java prints the signed byte in base 16 (`-3d` for 0xC3).
                return .failure(DecodeError(message: "Illegal base64 character \(String(Int8(bitPattern: byte), radix: 16))"))
            }
            bits |= UInt32(sextet) << UInt32(shift)
            shift -= 6
            if shift < 0 {
                out += [UInt8(bits >> 16 & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits & 0xFF)]
                bits = 0
                shift = 18
            }
        }
        if shift == 6 {
            out.append(UInt8(bits >> 16 & 0xFF))
        } else if shift == 0 {
            out += [UInt8(bits >> 16 & 0xFF), UInt8(bits >> 8 & 0xFF)]
        } else if shift == 12 {
            return .failure(DecodeError(message: "Last unit does not have enough valid bits"))
        }
        if index < input.count {
            return .failure(DecodeError(message: "Input byte array has incorrect ending byte at \(index)"))
        }
        return .success(out)
    }

    private static func sextetValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
