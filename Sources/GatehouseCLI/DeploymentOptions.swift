import ArgumentParser

/// What `serve` and `test-invoke` share about the deployment: stage variables and how Lambda
/// functions are reached.
struct DeploymentOptions: ParsableArguments {
    @Option(name: .customLong("stage-variable"), help: "A stage variable, NAME=VALUE (repeatable).")
    var stageVariables: [String] = []

    @Option(name: .customLong("lambda-endpoint"), help: "A Lambda Invoke API endpoint (http://127.0.0.1:3001).")
    var lambdaEndpoint: String?

    @Option(name: .customLong("function"), help: "Run a function as a local command, NAME=COMMAND (repeatable).")
    var functions: [String] = []

    @Option(name: .customLong("lambda-policy"), help: "A function's resource policy, NAME=FILE (repeatable).")
    var policies: [String] = []

    /// `--stage-variable` pairs, in the order given.
    func variables() throws -> [(String, String)] {
        try stageVariables.map { try Self.pair($0, option: "--stage-variable", shape: "NAME=VALUE") }
    }

    /// `--lambda-policy` pairs: function name and policy file.
    func policyFiles() throws -> [(String, String)] {
        try policies.map { try Self.pair($0, option: "--lambda-policy", shape: "NAME=FILE") }
    }

    /// `--function` commands by function name, split into arguments at spaces.
    func commands() throws -> [String: [String]] {
        var commands: [String: [String]] = [:]
        for text in functions {
            let (name, line) = try Self.pair(text, option: "--function", shape: "NAME=COMMAND")
            commands[name] = line.split(separator: " ").map(String.init)
        }
        return commands
    }

    /// `NAME=VALUE` split at the first `=`; the name may not be empty.
    static func pair(_ text: String, option: String, shape: String) throws -> (String, String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { throw ValidationError("\(option) takes \(shape), not '\(text)'") }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}
