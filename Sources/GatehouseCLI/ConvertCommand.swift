import ArgumentParser
import Foundation
import GatehouseJSON
import GatehouseXML

/// `gatehouse convert --to json|xml FILE|-`: converts between XML and JSON by the convention in
/// docs/xml-json.md, and prints the result on standard output.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert XML to JSON or JSON to XML by Gatehouse's convention (docs/xml-json.md).",
        discussion: """
            XML → JSON: attributes become "@name" members, text beside attributes "#text", repeated
            elements arrays, mixed content "#mixed". The parser never reads DTDs, entities or the
            network. JSON → XML is the inverse; member names that are not XML names are encoded as
            _xHHHH_. Errors go to standard error with their line and column (exit status 1).
            """
    )

    enum Target: String, ExpressibleByArgument, CaseIterable {
        case json, xml
    }

    @Option(name: .customLong("to"), help: "The output format: json or xml.")
    var target: Target

    @Argument(help: "The input file, or - for standard input.")
    var input: String

    // MARK: Keys (both directions)

    @Option(name: .customLong("attribute-prefix"), help: "Prefix of attribute members.")
    var attributePrefix = "@"

    @Option(name: .customLong("text-key"), help: "Member holding text beside attributes.")
    var textKey = "#text"

    @Option(name: .customLong("mixed-key"), help: "Member holding mixed content.")
    var mixedKey = "#mixed"

    // MARK: XML → JSON

    @Option(name: .customLong("force-array"), help: "An element name that is always an array (repeatable).")
    var forceArray: [String] = []

    @Flag(name: .customLong("typed"), help: "Read numbers and true/false as JSON numbers and booleans.")
    var typedValues = false

    @Flag(name: .customLong("local-names"), help: "Drop namespace prefixes and declarations (lossy).")
    var localNames = false

    @Flag(name: .customLong("trim"), help: "Trim whitespace around element text.")
    var trimsText = false

    @Flag(name: .customLong("keep-encoded-names"), help: "Do not decode _xHHHH_ in names.")
    var keepsEncodedNames = false

    @Flag(name: .customLong("unwrap-root"), help: "Print the root element's value, not {\"root\": value}.")
    var unwrapsRoot = false

    @Option(name: .customLong("max-depth"), help: "Deepest element nesting accepted.")
    var maxDepth = 256

    @Option(name: .customLong("max-bytes"), help: "Largest document accepted, in bytes.")
    var maxBytes = 10 * 1024 * 1024

    @Flag(name: .customLong("allow-doctype"), help: "Accept a DOCTYPE (never loaded; entities still refused).")
    var allowsDoctype = false

    // MARK: JSON → XML

    @Option(name: .customLong("root"), help: "Wrap the whole JSON value in an element with this name.")
    var rootName: String?

    @Option(name: .customLong("item-name"), help: "Element name for items of nested arrays.")
    var itemName = "item"

    @Flag(name: .customLong("no-declaration"), help: "Omit the <?xml …?> declaration.")
    var omitsDeclaration = false

    // MARK: Output

    @Option(help: "Spaces per indentation level (0: compact).")
    var indent = 2

    @Option(help: "Convert N times after a warm-up and print the throughput instead of the result (XML → JSON: to a JSONValue, or with --indent 0 to compact JSON text).")
    var bench: Int?

    var options: XMLConversionOptions {
        var options = XMLConversionOptions()
        options.attributePrefix = attributePrefix
        options.textKey = textKey
        options.mixedKey = mixedKey
        options.forceArray = Set(forceArray)
        options.typedValues = typedValues
        options.namespaces = localNames ? .localNames : .keepPrefixes
        options.trimsText = trimsText
        options.decodesNames = !keepsEncodedNames
        options.unwrapsRoot = unwrapsRoot
        options.limits = XMLParsingLimits(maxDepth: maxDepth, maxDocumentBytes: maxBytes, allowsDoctype: allowsDoctype)
        options.rootName = rootName
        options.itemName = itemName
        options.writesDeclaration = !omitsDeclaration
        options.indent = max(0, indent)
        return options
    }

    func run() throws {
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: input) else {
                throw CLIError(message: "cannot read \(input)")
            }
            data = contents
        }
        let bytes = [UInt8](data)
        let name = input == "-" ? "<stdin>" : input
        if let bench {
            try runBench(bytes, count: bench)
            return
        }
        do {
            let output: String
            switch target {
            case .json:
                if indent <= 0 {
                    // Compact output needs no tree: write the JSON text directly.
                    output = try XMLToJSON(options: options).convertToJSONText(bytes)
                } else {
                    output = Self.json(try XMLToJSON(options: options).convert(bytes), indent: indent)
                }
            case .xml:
                let value = try JSONParser.parse(bytes, mode: .strict)
                output = try JSONToXML(options: options).convert(value)
            }
            FileHandle.standardOutput.write(Data((output + "\n").utf8))
        } catch let error as XMLConversionError {
            throw CLIError(message: "\(name): \(error)")
        } catch let error as JSONError {
            throw CLIError(message: "\(name): \(error)")
        }
    }

    /// `value` as JSON text: compact for indent 0, else pretty-printed with `indent` spaces per
    /// level. `JSONSerializer.pretty` indents by two; every newline it writes is structural
    /// (strings escape theirs), so the spaces after each newline are indentation alone and can be
    /// rescaled.
    static func json(_ value: JSONValue, indent: Int) -> String {
        if indent <= 0 { return JSONSerializer.compact(value) }
        let pretty = JSONSerializer.pretty(value)
        if indent == 2 { return pretty }
        var out: [UInt8] = []
        out.reserveCapacity(pretty.utf8.count)
        var atLineStart = false
        var spaces = 0
        for byte in pretty.utf8 {
            if atLineStart {
                if byte == 0x20 {
                    spaces += 1
                    continue
                }
                out.append(contentsOf: repeatElement(0x20, count: spaces / 2 * indent))
                atLineStart = false
            }
            out.append(byte)
            if byte == 0x0A {
                atLineStart = true
                spaces = 0
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func runBench(_ bytes: [UInt8], count: Int) throws {
        guard count > 0 else { throw ValidationError("--bench needs a positive count.") }
        let converter = XMLToJSON(options: options)
        var json: JSONValue?
        if target == .xml { json = try JSONParser.parse(bytes, mode: .strict) }
        let writer = JSONToXML(options: options)
        func once() throws -> Int {
            if let json { return try writer.convert(json).utf8.count }
            if indent <= 0 { return try converter.convertToJSONText(bytes).utf8.count }
            guard case .object(let object) = try converter.convert(bytes) else { return 0 }
            return object.count
        }
        var sink = try once()
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<count { sink &+= try once() }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let megabytes = Double(target == .json ? bytes.count : (try once())) / 1e6
        print(String(format: "%.1f MB/s (%d conversions of %.2f MB, %.1f ms each)", megabytes * Double(count) / seconds, count, megabytes, seconds * 1000 / Double(count)), sink == -1 ? "" : "")
    }
}
