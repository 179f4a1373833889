import ArgumentParser

@main
struct GatehouseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gatehouse",
        abstract: "Run Amazon API Gateway's REST-integration pipeline locally.",
        subcommands: [
            RenderCommand.self, TestInvokeCommand.self, DemoCommand.self, ConvertCommand.self, CheckCommand.self,
            ServeCommand.self, TracesCommand.self, MappingsCommand.self,
        ]
    )
}
