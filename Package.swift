// swift-tools-version: 6.2
import PackageDescription

// Gatehouse: Amazon API Gateway's REST-integration pipeline, run locally.
//
// Engines (JSON, VTL, mapping templates, XML, X-Ray) are pure libraries; the server and the CLI
// are thin adapters at the edge. The arrows point one way:
//
//   GatehouseJSON ─┬─> GatehouseVTL ─┬─> GatehouseMapping ─┐
//                  └─────────────────┘                     ├─> Gatehouse ─> GatehouseServer ─> GatehouseCLI (gatehouse)
//   CLibXML2 ─> GatehouseXML ──────────────────────────────┤
//   GatehouseXRay ─────────────────────────────────────────┘
//
// Developer switch: `GATEHOUSE_ONLY=GatehouseVTL,GatehouseJSON swift test` keeps only the named
// targets (with what they depend on, and their test targets), so one part can be built and
// tested while another is mid-edit.

struct Module {
    var name: String
    var dependencies: [Target.Dependency] = []
    var ours: [String] = []
    var path: String? = nil
    var exclude: [String] = []
    var kind: Kind = .library

    enum Kind { case library, executable, test, system }
}

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let orderedCollections: Target.Dependency = .product(name: "OrderedCollections", package: "swift-collections")
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")

let modules: [Module] = [
    Module(name: "CLibXML2", kind: .system),
    Module(name: "GatehouseJSON", dependencies: [orderedCollections]),
    Module(name: "GatehouseVTL", dependencies: [orderedCollections], ours: ["GatehouseJSON"]),
    Module(name: "GatehouseMapping", ours: ["GatehouseJSON", "GatehouseVTL"]),
    Module(name: "GatehouseXML", dependencies: [orderedCollections], ours: ["CLibXML2", "GatehouseJSON"]),
    Module(name: "GatehouseXRay", dependencies: [orderedCollections], ours: ["GatehouseJSON"]),
    Module(
        name: "Gatehouse",
        dependencies: [logging, orderedCollections, .product(name: "Yams", package: "Yams")],
        ours: ["GatehouseJSON", "GatehouseVTL", "GatehouseMapping", "GatehouseXML", "GatehouseXRay"]
    ),
    Module(
        name: "GatehouseServer",
        dependencies: [
            logging,
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ],
        ours: ["Gatehouse", "GatehouseXRay"]
    ),
    Module(
        name: "GatehouseCLI",
        dependencies: [logging, .product(name: "ArgumentParser", package: "swift-argument-parser")],
        ours: ["Gatehouse", "GatehouseServer", "GatehouseMapping", "GatehouseXML", "GatehouseXRay"],
        kind: .executable
    ),
    Module(
        name: "GatehouseBenchmarks",
        ours: ["GatehouseJSON", "GatehouseVTL", "GatehouseMapping", "GatehouseXML", "GatehouseXRay", "Gatehouse"],
        path: "Benchmarks/GatehouseBenchmarks",
        kind: .executable
    ),
    Module(
        name: "BareHummingbird",
        dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
        path: "Benchmarks/BareHummingbird",
        kind: .executable
    ),
    Module(name: "GatehouseTestSupport", ours: ["GatehouseJSON"]),

    Module(name: "GatehouseJSONTests", ours: ["GatehouseJSON", "GatehouseTestSupport"], exclude: ["Fixtures"], kind: .test),
    Module(name: "GatehouseVTLTests", ours: ["GatehouseVTL", "GatehouseTestSupport"], kind: .test),
    Module(
        name: "GatehouseMappingTests",
        ours: ["GatehouseMapping", "GatehouseJSON", "GatehouseVTL", "GatehouseTestSupport"],
        exclude: ["Corpus"],
        kind: .test
    ),
    Module(name: "GatehouseXMLTests", ours: ["GatehouseXML", "GatehouseJSON", "GatehouseTestSupport"], exclude: ["Golden"], kind: .test),
    Module(name: "GatehouseXRayTests", ours: ["GatehouseXRay", "GatehouseJSON", "GatehouseTestSupport"], exclude: ["Golden"], kind: .test),
    Module(name: "GatehouseTests", dependencies: [logging], ours: ["Gatehouse", "GatehouseJSON", "GatehouseTestSupport"], kind: .test),
    Module(
        name: "GatehouseServerTests",
        dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ],
        ours: ["GatehouseServer", "Gatehouse", "GatehouseXRay", "GatehouseJSON", "GatehouseTestSupport"],
        kind: .test
    ),
    Module(name: "GatehouseCLITests", ours: ["GatehouseTestSupport"], kind: .test),
]

// The developer switch: keep only the named targets, what they need, and their tests.
let only: Set<String>? = Context.environment["GATEHOUSE_ONLY"].map {
    Set($0.split(separator: ",").map { String($0) })
}

func closure(of names: Set<String>) -> Set<String> {
    var keep = names
    for module in modules where module.kind == .test && names.contains(String(module.name.dropLast("Tests".count))) {
        keep.insert(module.name)
    }
    var changed = true
    while changed {
        changed = false
        for module in modules where keep.contains(module.name) {
            for dependency in module.ours where !keep.contains(dependency) {
                keep.insert(dependency)
                changed = true
            }
        }
    }
    return keep
}

let kept = only.map(closure(of:))
let selected = modules.filter { kept?.contains($0.name) ?? true }

func target(_ module: Module) -> Target {
    let dependencies = module.dependencies + module.ours.map { Target.Dependency(stringLiteral: $0) }
    switch module.kind {
    case .system:
        return .systemLibrary(name: module.name, pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])])
    case .library:
        return .target(name: module.name, dependencies: dependencies, path: module.path, exclude: module.exclude, swiftSettings: swiftSettings)
    case .executable:
        return .executableTarget(name: module.name, dependencies: dependencies, path: module.path, exclude: module.exclude, swiftSettings: swiftSettings)
    case .test:
        return .testTarget(name: module.name, dependencies: dependencies, path: module.path, exclude: module.exclude, swiftSettings: swiftSettings)
    }
}

let libraries = ["GatehouseJSON", "GatehouseVTL", "GatehouseMapping", "GatehouseXML", "GatehouseXRay", "Gatehouse", "GatehouseServer"]
var products: [Product] = libraries.filter { name in selected.contains { $0.name == name } }.map { .library(name: $0, targets: [$0]) }
if selected.contains(where: { $0.name == "GatehouseCLI" }) {
    products.append(.executable(name: "gatehouse", targets: ["GatehouseCLI"]))
}

let package = Package(
    name: "gatehouse",
    platforms: [.macOS(.v15)],
    products: products,
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.25.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: selected.map(target)
)
