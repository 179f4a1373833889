import OrderedCollections

/// The values and member names of the containers a parser is inside, innermost last.
///
/// Both parsers push each value here as it is read and build a container once, at its end: the
/// container's elements are moved (not copied, so no reference counting) into an array of exactly
/// the right size, and an object's names and values become its `OrderedDictionary` in one step.
/// The storage is one buffer per parse, grown by doubling; ``release()`` frees it and whatever is
/// left on it (after an error).
struct JSONTreeBuilder {
    private var values: UnsafeMutablePointer<JSONValue>
    private var valueCapacity: Int
    private(set) var valueCount = 0

    private var keys: UnsafeMutablePointer<String>
    /// Per member name: a summary of its bytes for telling names apart without comparing strings
    /// (see ``keyFingerprint(_:)``).
    private var fingerprints: UnsafeMutablePointer<UInt64>
    private var keyCapacity: Int
    private(set) var keyCount = 0

    /// Recently read short ASCII names (the first ``nameCacheSize`` entries), so a name that
    /// repeats (as names do, object after object) is made into a `String` once per parse, and
    /// the same for short string values and number texts (status words, prices, ...; the next
    /// ``valueCacheSize`` entries).
    ///
    /// Nothing but a bitmap of the entries in use (``occupied``) is set up when the builder is
    /// made; an entry is written when first used, and ``release()`` destroys just the strings of
    /// the entries in use. Setting up and tearing down every entry (or even filling their
    /// memory) cost more than a tenth of a 1 KB document's parse.
    private var cacheEntries: UnsafeMutablePointer<CacheEntry>?
    private var cacheStrings: UnsafeMutablePointer<String>?
    /// One bit per cache entry, set once the entry holds a string.
    private var occupied: UnsafeMutablePointer<UInt64>?
    private static let occupiedWords = (cacheSize + 63) / 64
    private static let nameCacheSize = 128
    private static let valueCacheSize = 256
    private static let cacheSize = nameCacheSize + valueCacheSize

    /// Recently built member-name lists: objects with the same names in the same order (the
    /// records of an array, typically) share one array of names. Bit k of ``shapesOccupied``
    /// is set once slot k holds a hash and names (uninitialized before).
    private var shapeHashes: UnsafeMutablePointer<UInt64>?
    private var shapeNames: UnsafeMutablePointer<ContiguousArray<String>>?
    private var shapesOccupied: UInt64 = 0
    private static let shapeCacheSize = 32

    private struct CacheEntry {
        /// The name's bytes: up to 8 in `head` (first byte lowest) or, for 8–16 bytes, the first
        /// and last eight as loaded from memory.
        var head: UInt64
        var tail: UInt64
        var count: Int
    }

    /// Whether short ASCII strings are made with ``smallASCIIString(head:tail:count:)`` (see
    /// ``smallStringLayoutMatches``).
    let smallStrings: Bool

    /// Documents shorter than this are parsed without the caches (setting them up would cost
    /// more than they save).
    static let cachedDocumentLength = 1024

    /// A builder for a document of `documentLength` bytes; `smallStrings: false` makes every
    /// string with the public constructors (tests compare the two).
    init(documentLength: Int, smallStrings: Bool = true) {
        self.smallStrings = smallStrings && smallStringLayoutMatches
        let capacity = documentLength < Self.cachedDocumentLength ? 16 : 64
        self.valueCapacity = capacity
        self.values = .allocate(capacity: capacity)
        self.keyCapacity = capacity
        self.keys = .allocate(capacity: capacity)
        self.fingerprints = .allocate(capacity: capacity)
        guard documentLength >= Self.cachedDocumentLength else { return }
        // One block for all the caches: occupied bits, entries, strings, shape hashes and names.
        let n = Self.cacheSize
        let occupiedBytes = Self.occupiedWords * MemoryLayout<UInt64>.stride
        let entryBytes = n * MemoryLayout<CacheEntry>.stride
        let stringBytes = n * MemoryLayout<String>.stride
        let hashBytes = Self.shapeCacheSize * MemoryLayout<UInt64>.stride
        let namesBytes = Self.shapeCacheSize * MemoryLayout<ContiguousArray<String>>.stride
        let block = UnsafeMutableRawPointer.allocate(
            byteCount: occupiedBytes + entryBytes + stringBytes + hashBytes + namesBytes, alignment: 16)
        let bits = block.bindMemory(to: UInt64.self, capacity: Self.occupiedWords)
        for k in 0..<Self.occupiedWords { (bits + k).initialize(to: 0) }
        occupied = bits
        cacheEntries = (block + occupiedBytes).bindMemory(to: CacheEntry.self, capacity: n)
        cacheStrings = (block + occupiedBytes + entryBytes).bindMemory(to: String.self, capacity: n)
        let hashes = block + occupiedBytes + entryBytes + stringBytes
        shapeHashes = hashes.bindMemory(to: UInt64.self, capacity: Self.shapeCacheSize)
        shapeNames = (hashes + hashBytes).bindMemory(to: ContiguousArray<String>.self, capacity: Self.shapeCacheSize)
    }

    /// Destroys what is still on the stacks and frees the storage. Call exactly once.
    func release() {
        values.deinitialize(count: valueCount)
        values.deallocate()
        keys.deinitialize(count: keyCount)
        keys.deallocate()
        fingerprints.deallocate()
        if let occupied, let cacheStrings, let shapeNames {
            for k in 0..<Self.occupiedWords {
                var bits = occupied[k]
                while bits != 0 {
                    (cacheStrings + (k &* 64 &+ bits.trailingZeroBitCount)).deinitialize(count: 1)
                    bits &= bits &- 1
                }
            }
            var shapes = shapesOccupied
            while shapes != 0 {
                (shapeNames + shapes.trailingZeroBitCount).deinitialize(count: 1)
                shapes &= shapes &- 1
            }
            UnsafeMutableRawPointer(occupied).deallocate()
        }
    }

    // MARK: pushing

    @inline(__always)
    mutating func push(_ value: consuming JSONValue) {
        if valueCount == valueCapacity { growValues() }
        (values + valueCount).initialize(to: value)
        valueCount += 1
    }

    /// Pushes a member name with its fingerprint; its value follows with ``push(_:)``.
    @inline(__always)
    mutating func pushKey(_ key: consuming String, fingerprint: UInt64) {
        if keyCount == keyCapacity { growKeys() }
        (keys + keyCount).initialize(to: key)
        fingerprints[keyCount] = fingerprint
        keyCount += 1
    }

    /// Pushes the member name whose UTF-8 bytes (no escapes) are `bytes`; `readable` bytes
    /// (at least `bytes.count`) may be read from its start.
    @inline(__always)
    mutating func pushKey(bytes: UnsafeBufferPointer<UInt8>, readable: Int) {
        if let small = smallString(bytes, readable: readable) {
            pushKey(small.string, fingerprint: Self.mix(head: small.head, tail: small.tail, count: bytes.count))
            return
        }
        if let (name, print) = cachedString(bytes, readable: readable, at: 0, size: Self.nameCacheSize) {
            pushKey(name, fingerprint: print)
        } else {
            pushKey(String(decoding: bytes, as: UTF8.self), fingerprint: Self.keyFingerprint(bytes, readable: readable))
        }
    }

    /// `bytes` made directly in the small-string form, with the words ``headAndTail(_:readable:)``
    /// loads for it, when ``smallStrings`` is on and `bytes` is below 16 ASCII bytes; nil otherwise.
    @inline(__always)
    private func smallString(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> (string: String, head: UInt64, tail: UInt64)? {
        guard bytes.count < 16 && smallStrings else { return nil }
        let (head, tail) = Self.headAndTail(bytes, readable: readable)
        guard (head | tail) & ByteScanning.highs == 0 else { return nil }
        return (Self.smallASCIIString(head: head, tail: tail, count: bytes.count), head, tail)
    }

    /// Pushes the member name of `count` (below 16) ASCII bytes, given as the small form's words
    /// (``smallASCIIString(low:high:count:)``) and the last eight bytes (`tail`, as
    /// ``headAndTail(_:readable:)`` loads them; unused below eight bytes). Only when
    /// ``smallStrings``.
    @inline(__always)
    mutating func pushShortKey(low: UInt64, high: UInt64, tail: UInt64, count n: Int) {
        pushKey(Self.smallASCIIString(low: low, high: high, count: n), fingerprint: Self.mix(head: low, tail: n < 8 ? 0 : tail, count: n))
    }

    /// The string value (or number text) whose UTF-8 bytes are `bytes`; `readable` bytes (at
    /// least `bytes.count`) may be read from its start.
    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> String {
        if let small = smallString(bytes, readable: readable) { return small.string }
        if let (string, _) = cachedString(bytes, readable: readable, at: Self.nameCacheSize, size: Self.valueCacheSize) {
            return string
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The string for `bytes` and its fingerprint, from the cache of `size` entries from entry
    /// `first`, or made and remembered there, when `bytes` is at most 16 ASCII bytes; nil
    /// otherwise.
    @inline(__always)
    private mutating func cachedString(
        _ bytes: UnsafeBufferPointer<UInt8>, readable: Int, at first: Int, size: Int
    ) -> (String, UInt64)? {
        guard let cacheEntries, let cacheStrings else { return nil }
        let n = bytes.count
        guard n <= 16 else { return nil }
        let (head, tail) = Self.headAndTail(bytes, readable: readable)
        guard (head | tail) & ByteScanning.highs == 0 else { return nil }
        let print = Self.mix(head: head, tail: tail, count: n)
        let index = first + Int(truncatingIfNeeded: print >> 32) & (size - 1)
        let entry = cacheEntries + index
        let word = occupied.unsafelyUnwrapped + (index &>> 6)
        let bit: UInt64 = 1 &<< UInt64(index & 63)
        let inUse = word.pointee & bit != 0
        if inUse && entry.pointee.count == n && entry.pointee.head == head && entry.pointee.tail == tail {
            return (cacheStrings[index], print)
        }
        let string = String(decoding: bytes, as: UTF8.self)
        if inUse {
            cacheStrings[index] = string
        } else {
            (cacheStrings + index).initialize(to: string)
            word.pointee |= bit
        }
        entry.pointee = CacheEntry(head: head, tail: tail, count: n)
        return (string, print)
    }

    private mutating func growValues() {
        let capacity = valueCapacity * 2
        let grown = UnsafeMutablePointer<JSONValue>.allocate(capacity: capacity)
        grown.moveInitialize(from: values, count: valueCount)
        values.deallocate()
        values = grown
        valueCapacity = capacity
    }

    private mutating func growKeys() {
        let capacity = keyCapacity * 2
        let grownKeys = UnsafeMutablePointer<String>.allocate(capacity: capacity)
        grownKeys.moveInitialize(from: keys, count: keyCount)
        keys.deallocate()
        keys = grownKeys
        let grownPrints = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        grownPrints.moveInitialize(from: fingerprints, count: keyCount)
        fingerprints.deallocate()
        fingerprints = grownPrints
        keyCapacity = capacity
    }

    // MARK: building containers

    /// The array of the values above `base`, which leave the stack.
    @inline(__always)
    mutating func popArray(from base: Int) -> [JSONValue] {
        let count = valueCount - base
        if count == 0 { return [] }
        let source = values + base
        valueCount = base
        return [JSONValue](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress.unsafelyUnwrapped.moveInitialize(from: source, count: count)
            initialized = count
        }
    }

    /// The object whose names are above `keyBase` and values above `base` (one value per name),
    /// as `LinkedHashMap.put` builds it: a repeated name keeps its first position and its last
    /// value. Names are compared with `String`'s `==`, as `OrderedDictionary` compares them.
    mutating func popObject(from base: Int, keyBase: Int) -> JSONObject {
        let count = keyCount - keyBase
        if count == 0 { return JSONObject() }
        let keySource = keys + keyBase
        let valueSource = values + base
        if let names = sharedNames(from: keyBase, count: count) {
            // The same names as an earlier object, which had no repeated name.
            keyCount = keyBase
            valueCount = base
            let memberValues = ContiguousArray(MovedElements(valueSource, count: count))
            return JSONObject(OrderedDictionary(uncheckedUniqueKeys: names, values: memberValues))
        }
        if count > 1 && !namesAreUnique(keyBase: keyBase, count: count) {
            var members = OrderedDictionary<String, JSONValue>()
            for k in 0..<count {
                members[(keySource + k).move()] = (valueSource + k).move()
            }
            keyCount = keyBase
            valueCount = base
            return JSONObject(members)
        }
        let names = takeNames(from: keyBase, count: count)
        keyCount = keyBase
        valueCount = base
        let memberValues = ContiguousArray(MovedElements(valueSource, count: count))
        return JSONObject(OrderedDictionary(uncheckedUniqueKeys: names, values: memberValues))
    }

    /// The hash of the fingerprints of the `count` names above `keyBase`, or nil when one of
    /// them is not ASCII.
    @inline(__always)
    private func shapeHash(from keyBase: Int, count: Int) -> UInt64? {
        var hash = UInt64(count)
        for k in 0..<count {
            let print = fingerprints[keyBase + k]
            if print == Self.unknownFingerprint { return nil }
            hash = (hash ^ print) &* 0x100_0000_01B3
        }
        return hash | 1
    }

    /// When the names above `keyBase` are exactly (byte for byte: every name is ASCII, see
    /// ``keyFingerprint(_:)``) those of a recent object without repeated names, that object's
    /// array of names; the names leave the stack. Otherwise nil, and the stack is unchanged.
    @inline(__always)
    private mutating func sharedNames(from keyBase: Int, count: Int) -> ContiguousArray<String>? {
        guard let shapeHashes, let shapeNames, let hash = shapeHash(from: keyBase, count: count) else { return nil }
        let index = Int(truncatingIfNeeded: hash >> 59)
        guard shapesOccupied & (1 &<< UInt64(index)) != 0, shapeHashes[index] == hash, shapeNames[index].count == count
        else { return nil }
        let source = keys + keyBase
        let same = shapeNames[index].withUnsafeBufferPointer { cached in
            for k in 0..<count where cached[k] != source[k] { return false }
            return true
        }
        guard same else { return nil }
        source.deinitialize(count: count)
        return shapeNames[index]
    }

    /// The names above `keyBase`, which have no repeated name, as an array (remembered for
    /// ``sharedNames(from:count:)`` when all are ASCII); they leave the stack.
    @inline(__always)
    private mutating func takeNames(from keyBase: Int, count: Int) -> ContiguousArray<String> {
        let names = ContiguousArray(MovedElements(keys + keyBase, count: count))
        if let shapeHashes, let shapeNames, let hash = shapeHash(from: keyBase, count: count) {
            let index = Int(truncatingIfNeeded: hash >> 59)
            if shapesOccupied & (1 &<< UInt64(index)) == 0 {
                (shapeNames + index).initialize(to: names)
                shapesOccupied |= 1 &<< UInt64(index)
            } else {
                shapeNames[index] = names
            }
            shapeHashes[index] = hash
        }
        return names
    }

    private func namesAreUnique(keyBase: Int, count: Int) -> Bool {
        if count <= 16 {
            let end = keyBase + count
            for i in keyBase..<end - 1 {
                let print = fingerprints[i]
                for j in i + 1..<end where Self.mayBeEqual(print, fingerprints[j]) && keys[i] == keys[j] {
                    return false
                }
            }
            return true
        }
        return Set(UnsafeBufferPointer(start: keys + keyBase, count: count)).count == count
    }

    // MARK: fingerprints

    /// The fingerprint of a name whose bytes are not all ASCII: such names are always compared as
    /// strings, since canonically equivalent Unicode text compares equal.
    static let unknownFingerprint: UInt64 = 0

    /// A summary of a name from its UTF-8 bytes (`readable` bytes, at least `bytes.count`, may
    /// be read from its start): for ASCII, a mix of its length and its first and last eight
    /// bytes, so two ASCII names with different fingerprints differ (ASCII strings are equal
    /// exactly when their bytes are); for anything else ``unknownFingerprint``.
    @inline(__always)
    static func keyFingerprint(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> UInt64 {
        let n = bytes.count
        if n > 16 {
            var any: UInt8 = 0
            for byte in bytes { any |= byte }
            if any >= 0x80 { return unknownFingerprint }
        }
        let (head, tail) = headAndTail(bytes, readable: readable)
        if (head | tail) & ByteScanning.highs != 0 { return unknownFingerprint }
        return mix(head: head, tail: tail, count: n)
    }

    /// The first and last eight bytes as loaded from memory (fewer than eight: all of them in
    /// `head`, first byte lowest, the rest zero), read a word at a time when `readable` allows.
    @inline(__always)
    private static func headAndTail(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> (UInt64, UInt64) {
        let n = bytes.count
        if n == 0 { return (0, 0) }
        let raw = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        if n >= 8 {
            return (
                UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)),
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
            )
        }
        if readable >= 8 {
            let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            return (word & ((1 &<< UInt64(n &* 8)) &- 1), 0)
        }
        var head: UInt64 = 0
        for i in 0..<n { head |= UInt64(bytes[i]) &<< UInt64(i &* 8) }
        return (head, 0)
    }

    /// The string of `count` (below 16) ASCII bytes whose ``headAndTail(_:readable:)`` is
    /// `(head, tail)`, written directly in `String`'s small form (only when
    /// ``smallStringLayoutMatches``).
    ///
    /// A Swift string of at most 15 UTF-8 bytes lives in its own two words: the bytes in order,
    /// zero padded, with the count and the small-ASCII flags in the top byte. Every public
    /// constructor (`String(decoding:as:)`, `String(unsafeUninitializedCapacity:...)`) validates
    /// the bytes and picks a form first, 110–280 instructions per string; the parser already has
    /// the bytes in two registers and knows they are ASCII, and strings are most of a document.
    @inline(__always)
    static func smallASCIIString(head: UInt64, tail: UInt64, count n: Int) -> String {
        // `tail` holds bytes n-8..<n; bytes 8..<n are its top n-8 bytes.
        smallASCIIString(low: head, high: n > 8 ? tail &>> UInt64((16 &- n) &* 8) : 0, count: n)
    }

    /// The string of `count` (below 16) ASCII bytes: bytes 0..<8 in `low` and 8..<16 in `high`
    /// (first byte lowest, zero past `count`).
    @inline(__always)
    static func smallASCIIString(low: UInt64, high: UInt64, count n: Int) -> String {
        unsafeBitCast((low, high | UInt64(0xE0 | n) &<< 56), to: String.self)
    }

    @inline(__always)
    private static func mix(head: UInt64, tail: UInt64, count: Int) -> UInt64 {
        // The low bit is set, so this is never `unknownFingerprint`.
        ((head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(count) &* 0xFF51_AFD7_ED55_8CCD)) | 1
    }

    @inline(__always)
    static func mayBeEqual(_ a: UInt64, _ b: UInt64) -> Bool {
        a == b || a == unknownFingerprint || b == unknownFingerprint
    }
}

/// Initialized values in memory that an array takes over when it is built from them: copying them
/// into the new array's storage moves them (no reference counting), leaving the memory
/// uninitialized. Use once, only to build an array (`[T](elements)`, `ContiguousArray(elements)`).
struct MovedElements<Element>: RandomAccessCollection {
    private let base: UnsafeMutablePointer<Element>
    let count: Int

    @inline(__always)
    init(_ base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = base
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element { base[position] }

    struct Iterator: IteratorProtocol {
        fileprivate let base: UnsafeMutablePointer<Element>
        fileprivate let count: Int
        fileprivate var position: Int

        mutating func next() -> Element? {
            guard position < count else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    func makeIterator() -> Iterator {
        Iterator(base: base, count: count, position: 0)
    }

    @inline(__always)
    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (Iterator, Int) {
        let n = Swift.min(count, buffer.count)
        if n > 0 { buffer.baseAddress!.moveInitialize(from: base, count: n) }
        return (Iterator(base: base, count: count, position: n), n)
    }
}

/// Whether `String` keeps a short ASCII string the way ``JSONTreeBuilder/smallASCIIString(head:tail:count:)``
/// writes it (true on 64-bit little-endian platforms, where the small form is part of the ABI);
/// checked once against a string the standard library made, so anything else uses the public
/// constructors.
let smallStringLayoutMatches: Bool = {
    #if _pointerBitWidth(_64) && _endian(little)
    guard MemoryLayout<String>.size == 16 else { return false }
    let bytes: [UInt8] = Array("abcdefghi".utf8)
    let made = String(decoding: bytes, as: UTF8.self)
    let (low, high) = unsafeBitCast(made, to: (UInt64, UInt64).self)
    return low == 0x6867_6665_6463_6261 && high == 0xE900_0000_0000_0069
        && made == "abcdefghi" && unsafeBitCast((low, high), to: String.self) == "abcdefghi"
    #else
    return false
    #endif
}()
