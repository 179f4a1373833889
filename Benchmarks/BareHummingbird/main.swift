// The benchmark's baseline: a bare Hummingbird 2 handler returning a fixed body, with nothing of
// Gatehouse in it. `scripts/bench-serve` runs it beside `gatehouse serve` and compares them.
//
// Usage: BareHummingbird [PORT]   (127.0.0.1, 3001 by default)
import Hummingbird

let port = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 3001 : 3001
// The same bytes and content type the mock integration answers with in the benchmark.
let body = ByteBuffer(string: #"{"id": "7", "name": "widget", "requestId": "00000000-0000-0000-0000-000000000000"}"#)

let router = Router()
router.get("/prod/items/:id") { _, _ -> Response in
    var headers = HTTPFields()
    headers[.contentType] = "application/json"
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
}
let app = Application(router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
