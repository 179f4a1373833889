/// The key lists of the objects a conversion builds, each made once and shared.
///
/// Elements of one kind produce objects with the same keys (`@id`, `name`, `price`, …), and an
/// object's keys are an array of their own: sharing one array per distinct key list saves one
/// allocation (and one free) per object. A key list is a sequence of tokens (``elementToken(_:)``,
/// ``attributeToken(_:)``, ``textToken``, ``mixedToken``), looked up in a trie whose edges live in
/// one open-addressing table; only the nodes where an object's key list ends hold keys, so the
/// memory is at most that of the key lists themselves.
struct KeyShapes {
    /// Token `node << 32 | token` of each occupied slot, plus one (0 is empty).
    private var edges: [UInt64]
    /// The child node of each occupied slot.
    private var targets: [Int32]
    private var edgeCount = 0
    private var mask: Int
    /// Per node: the keys of the key list that ends there, once an object has used it.
    private var keys: [ContiguousArray<String>?] = [nil]

    /// The node of the empty key list.
    static let root = 0
    /// Key lists at most this long are shared; longer ones are rare and would make the
    /// dictionary build a hash table anyway.
    static let maximumShared = 15

    static let textToken = 2
    static let mixedToken = 3
    @inline(__always) static func elementToken(_ nameID: Int) -> Int { nameID &<< 2 }
    @inline(__always) static func attributeToken(_ keyID: Int) -> Int { keyID &<< 2 | 1 }

    init() {
        edges = Array(repeating: 0, count: 256)
        targets = Array(repeating: 0, count: 256)
        mask = 255
    }

    /// The node reached from `node` by `token`, made if new.
    @inline(__always)
    mutating func next(_ node: Int, _ token: Int) -> Int {
        let edge = (UInt64(truncatingIfNeeded: node) &<< 32 | UInt64(truncatingIfNeeded: token)) &+ 1
        var index = Int(truncatingIfNeeded: (edge &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let stored = edges[index]
            if stored == edge { return Int(targets[index]) }
            if stored == 0 { break }
            index = (index + 1) & mask
        }
        return add(edge, at: index)
    }

    private mutating func add(_ edge: UInt64, at index: Int) -> Int {
        let node = keys.count
        keys.append(nil)
        edges[index] = edge
        targets[index] = Int32(truncatingIfNeeded: node)
        edgeCount += 1
        if edgeCount * 2 > edges.count { grow() }
        return node
    }

    private mutating func grow() {
        let oldEdges = edges
        let oldTargets = targets
        edges = Array(repeating: 0, count: oldEdges.count * 2)
        targets = Array(repeating: 0, count: oldEdges.count * 2)
        mask = edges.count - 1
        for slot in oldEdges.indices where oldEdges[slot] != 0 {
            var index = Int(truncatingIfNeeded: (oldEdges[slot] &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while edges[index] != 0 { index = (index + 1) & mask }
            edges[index] = oldEdges[slot]
            targets[index] = oldTargets[slot]
        }
    }

    /// The keys of the key list ending at `node`, once set.
    @inline(__always)
    func keys(at node: Int) -> ContiguousArray<String>? { keys[node] }

    mutating func setKeys(_ list: ContiguousArray<String>, at node: Int) { keys[node] = list }
}

/// A stack whose elements are moved out rather than copied (no reference counting on the way
/// out). The owner calls ``release()``.
struct MoveStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 4)
        base = .allocate(capacity: self.capacity)
    }

    /// Deinitializes what is left (after a failed parse) and frees the memory.
    func release() {
        base.deinitialize(count: count)
        base.deallocate()
    }

    @inline(__always)
    mutating func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// The element at `index`, in place.
    @inline(__always)
    func at(_ index: Int) -> UnsafeMutablePointer<Element> { base + index }

    /// Moves the element at `index` out, leaving its slot uninitialized.
    @inline(__always)
    func take(_ index: Int) -> Element { (base + index).move() }

    /// Forgets the elements from `start` on, all of which must have been taken (or be trivial).
    @inline(__always)
    mutating func drop(takenFrom start: Int) { count = start }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
