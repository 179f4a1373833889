/// XML 1.0 (fifth edition) names, and the reversible encoding of names that are not XML names.
///
/// The encoding is `XmlConvert.EncodeName`'s: a character that may not stand where it is becomes
/// `_xHHHH_` (or `_xHHHHHHHH_` above U+FFFF), and an underscore that would otherwise read as the
/// start of such an escape becomes `_x005F_`. The empty name is written `_x_`.
enum XMLNames {
    static func isNameStartChar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
            0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isNameStartChar(c)
        }
    }

    static func isName(_ s: String) -> Bool {
        var first = true
        for c in s.unicodeScalars {
            if first ? !isNameStartChar(c) : !isNameChar(c) { return false }
            first = false
        }
        return !first
    }

    /// A name without a colon.
    static func isNCName(_ s: some StringProtocol) -> Bool {
        var first = true
        for c in s.unicodeScalars {
            if c == ":" || (first ? !isNameStartChar(c) : !isNameChar(c)) { return false }
            first = false
        }
        return !first
    }

    /// Splits `p:local` into its prefix and local part when it is a qualified name with a prefix.
    static func prefix(of name: String) -> Substring? {
        guard let colon = name.firstIndex(of: ":") else { return nil }
        let prefix = name[..<colon]
        let local = name[name.index(after: colon)...]
        guard isNCName(prefix), isNCName(local) else { return nil }
        return prefix
    }

    /// Encodes `name` into an XML name without a colon (every colon is encoded too).
    static func encode(_ name: String) -> String {
        if name.isEmpty { return "_x_" }
        if isNCName(name), !name.contains("_x") { return name }
        var out = ""
        let scalars = Array(name.unicodeScalars)
        for (index, c) in scalars.enumerated() {
            if c == "_", looksLikeEscape(scalars, at: index) {
                out += "_x005F_"
            } else if c != ":", index == 0 ? isNameStartChar(c) : isNameChar(c) {
                out.unicodeScalars.append(c)
            } else {
                out += escape(c)
            }
        }
        return out
    }

    /// Undoes `encode`. Text that is not an escape is kept as it is.
    static func decode(_ name: String) -> String {
        if name == "_x_" { return "" }
        guard name.utf8.count >= 7, name.contains("_x") else { return name }
        let scalars = Array(name.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", let (scalar, length) = escapeValue(scalars, at: index) {
                out.append(scalar)
                index += length
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    private static func escape(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        let width = c.value > 0xFFFF ? 8 : 4
        return "_x" + String(repeating: "0", count: width - hex.count) + hex + "_"
    }

    private static func looksLikeEscape(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        escapeValue(s, at: index) != nil
    }

    /// `_xHHHH_` or `_xHHHHHHHH_` at `index`: the scalar and the escape's length.
    private static func escapeValue(_ s: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard index + 6 < s.count, s[index] == "_", s[index + 1] == "x" else { return nil }
        for width in [4, 8] {
            let end = index + 2 + width
            guard end < s.count, s[end] == "_" else { continue }
            var value: UInt32 = 0
            var ok = true
            for c in s[(index + 2)..<end] {
                guard let digit = hexValue(c) else { ok = false; break }
                value = value &* 16 &+ digit
            }
            if ok, let scalar = Unicode.Scalar(value) { return (scalar, width + 3) }
        }
        return nil
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46: return c.value - 0x41 + 10
        case 0x61...0x66: return c.value - 0x61 + 10
        default: return nil
        }
    }
}
