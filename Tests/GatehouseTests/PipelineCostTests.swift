import Foundation
import Gatehouse
import Testing

@Suite("Per-request work a server does not need")
struct PipelineCostTests {
    static let yaml = """
        openapi: "3.0.1"
        info: {title: mock, version: "1"}
        paths:
          /items/{id}:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: '{"id": "$input.params(''id'')", "at": "$context.requestTime", "x": "$context.extendedRequestId"}'
        """

    @Test("Without the execution log the response is the same and the log has no lines")
    func executionLogSwitch() async throws {
        let request = GatewayRequest(method: "GET", target: "/prod/items/7")
        let logged = await (try makePipeline(Self.yaml)).invoke(request)
        let unlogged = await (try makePipeline(Self.yaml, options: PipelineOptions(recordsExecutionLog: false))).invoke(request)
        #expect(logged.log.lines.map(\.text).first == "Starting execution for request: 00000000-0000-0000-0000-000000000001")
        #expect(logged.log.lines.count == 10)
        #expect(unlogged.log.lines.isEmpty)
        #expect(unlogged.response == logged.response)
        #expect(unlogged.response.bodyText == #"{"id": "7", "at": "25/Nov/2026:03:20:09 +0000", "x": "00000000000000="}"#)
        #expect(unlogged.extendedRequestID == "00000000000000=")
        #expect(unlogged.error == nil)
    }

    @Test("The gateway's own error is part of the result")
    func errorIsPublic() async throws {
        let result = await (try makePipeline(Self.yaml)).invoke(GatewayRequest(method: "GET", target: "/prod/nothing"))
        #expect(result.response.statusCode == 403)
        #expect(result.error == .missingAuthenticationToken)
    }

    @Test("Dates formatted by hand match Foundation's calendar, before and after 1970 and across leap days")
    func datesMatchTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE MMM dd HH:mm:ss 'UTC' yyyy"
        let timeFormatter = DateFormatter()
        timeFormatter.locale = Locale(identifier: "en_US_POSIX")
        timeFormatter.timeZone = TimeZone(identifier: "UTC")
        timeFormatter.dateFormat = "dd/MMM/yyyy:HH:mm:ss '+0000'"
        var generator = SystemRandomNumberGenerator()
        var instants: [Double] = [0, -1, 86_399, 86_400, 951_782_400, 951_868_799.9, 1_795_576_809, 4_107_542_400, -2_208_988_800]
        for _ in 0..<2000 { instants.append(Double(Int64.random(in: -4_000_000_000...8_000_000_000, using: &generator)) + 0.25) }
        for seconds in instants {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ExecutionLog.format(date) == formatter.string(from: date), "\(seconds)")
            #expect(ExecutionLog.requestTime(date) == timeFormatter.string(from: date), "\(seconds)")
        }
    }
}
