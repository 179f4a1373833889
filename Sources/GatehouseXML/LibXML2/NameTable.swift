/// A map from libxml2 name pointers to the names built from them. libxml2 interns names in its
/// dictionary, so during one parse a pointer pair stands for one name: hashing the pointers (open
/// addressing, linear probing) is much cheaper than hashing a key through `Hasher`.
struct NameTable<Value> {
    private var prefixes: [UnsafeRawPointer?]
    private var locals: [UnsafeRawPointer?]
    private var values: [Value?]
    private var count = 0
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        prefixes = Array(repeating: nil, count: size)
        locals = Array(repeating: nil, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(prefix: UnsafeRawPointer?, local: UnsafeRawPointer) -> Int {
        let bits = UInt(bitPattern: local) &+ UInt(bitPattern: prefix) &* 31
        return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(prefix: UnsafeRawPointer?, local: UnsafeRawPointer) -> Value? {
        var index = slot(prefix: prefix, local: local)
        while let stored = locals[index] {
            if stored == local, prefixes[index] == prefix { return values[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Adds a name not yet in the table.
    mutating func insert(_ value: Value, prefix: UnsafeRawPointer?, local: UnsafeRawPointer) {
        if (count + 1) * 2 > locals.count { grow() }
        var index = slot(prefix: prefix, local: local)
        while locals[index] != nil { index = (index + 1) & mask }
        prefixes[index] = prefix
        locals[index] = local
        values[index] = value
        count += 1
    }

    private mutating func grow() {
        var larger = NameTable(capacity: locals.count)
        for index in locals.indices {
            if let local = locals[index], let value = values[index] {
                larger.insert(value, prefix: prefixes[index], local: local)
            }
        }
        self = larger
    }
}
