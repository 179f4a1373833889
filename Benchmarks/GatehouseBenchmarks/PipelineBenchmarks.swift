import Foundation
import Gatehouse

/// The whole pipeline in process (no network): routing, request template, backend, selection,
/// response template and execution log, for a mock integration and a Lambda custom integration
/// whose function is an in-process closure. Each operation is one request; the figure includes
/// handing the async `invoke` to a task and waiting for it (a few microseconds).
func pipelineBenchmarks() -> [Benchmark] {
    let mockYAML = """
        openapi: "3.0.1"
        info: {title: bench-mock, version: "1"}
        paths:
          /notes/{id}:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: '{"id": "$input.params(''id'')", "stage": "$context.stage", "text": "Buy milk"}'
        """
    let lambdaYAML = """
        openapi: "3.0.1"
        info: {title: bench-lambda, version: "1"}
        paths:
          /pets/{petId}:
            post:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations"
                requestTemplates:
                  application/json: |
                    #set($body = $input.path('$'))
                    {"petId": "$input.params('petId')", "name": "$body.name", "tags": $input.json('$.tags'), "requestId": "$context.requestId"}
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: |
                        #set($pet = $input.path('$'))
                        {"id": $pet.id, "name": "$pet.name", "tags": [#foreach($tag in $pet.tags)"$tag"#if($foreach.hasNext),#end#end]}
                  ".*not found.*":
                    statusCode: "404"
        """
    let function = InProcessBackend { _ in
        IntegrationResult(body: #"{"id":7,"name":"Rex","tags":["good","dog","fluffy"]}"#)
    }
    let environment = GatewayEnvironment(clock: FixedClock(epochSeconds: 1_795_576_809), requestIDs: SequentialRequestIDs())
    var benchmarks: [Benchmark] = []
    if let api = try? OpenAPIImporter.load(text: mockYAML, file: "bench-mock.yaml") {
        let pipeline = Pipeline(api: api, environment: environment)
        let request = GatewayRequest(method: "GET", target: "/prod/notes/42", headers: ["Accept": "application/json"])
        benchmarks.append(Benchmark(group: "pipeline", name: "mock integration, templates") { runBlocking { await pipeline.invoke(request).response.statusCode } })
    }
    if let api = try? OpenAPIImporter.load(text: lambdaYAML, file: "bench-lambda.yaml") {
        let pipeline = Pipeline(api: api, environment: environment, backend: function)
        let body = #"{"name":"Rex","tags":["good","dog","fluffy"]}"#
        let request = GatewayRequest(method: "POST", target: "/prod/pets/7", headers: ["Content-Type": "application/json"], body: body)
        benchmarks.append(
            Benchmark(group: "pipeline", name: "Lambda custom integration, templates", bytes: body.utf8.count) {
                runBlocking { await pipeline.invoke(request).response.statusCode }
            })
    }
    return benchmarks
}

/// Runs async work from the benchmark harness's synchronous closures.
private func runBlocking(_ work: @escaping @Sendable () async -> Int) -> Int {
    let box = ResultBox()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.value = await work()
        done.signal()
    }
    done.wait()
    return box.value
}

private final class ResultBox: @unchecked Sendable {
    var value = 0
}
