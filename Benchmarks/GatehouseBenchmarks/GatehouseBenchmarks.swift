@main struct GatehouseBenchmarks { static func main() {} }
