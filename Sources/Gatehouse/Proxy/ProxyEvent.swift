import Foundation
import GatehouseJSON
import OrderedCollections

/// What the proxy events are built from: the request, what routing found, and the deployment.
struct ProxyEventInput {
    var request: GatewayRequest
    var method: APIMethod
    var pathParameters: [(String, String)]
    /// The resource part of the path (stage removed), raw.
    var resourcePathRequested: String
    var environment: GatewayEnvironment
    var requestID: String
    var extendedRequestID: String
    var date: Date
    var isBase64Encoded: Bool
    var context: JSONObject
}

/// The Lambda proxy event, payload format 1.0 (REST APIs and HTTP APIs set to 1.0).
enum ProxyEventV1 {
    static func make(_ input: ProxyEventInput) -> JSONValue {
        let request = input.request
        var event = JSONObject()
        event["resource"] = .string(input.method.path.isDefaultRoute ? "$default" : input.method.path.text)
        event["path"] = .string(input.environment.stage.name == "$default" ? request.path : input.resourcePathRequested)
        event["httpMethod"] = .string(request.method)
        if request.headers.isEmpty {
            event["headers"] = .null
            event["multiValueHeaders"] = .null
        } else {
            event["headers"] = .object(stringObject(request.headers.singleValues))
            event["multiValueHeaders"] = .object(listObject(request.headers.multiValues))
        }
        let query = request.queryParameters
        if query.isEmpty {
            event["queryStringParameters"] = .null
            event["multiValueQueryStringParameters"] = .null
        } else {
            var single = JSONObject(), multi = OrderedDictionary<String, [String]>()
            for (key, value) in query {
                single[key] = .string(value)
                multi[key, default: []].append(value)
            }
            event["queryStringParameters"] = .object(single)
            event["multiValueQueryStringParameters"] = .object(listObject(multi))
        }
        event["pathParameters"] = input.pathParameters.isEmpty ? .null : .object(stringObject(input.pathParameters))
        event["stageVariables"] = input.environment.stage.variables.isEmpty ? .null : .object(stringObject(input.environment.stage.variables.map { ($0.key, $0.value) }))
        event["requestContext"] = .object(requestContext(input))
        event["body"] = request.body.isEmpty ? .null : .string(input.isBase64Encoded ? Data(request.body).base64EncodedString() : request.bodyText)
        event["isBase64Encoded"] = .bool(input.isBase64Encoded)
        return .object(event)
    }

    static func requestContext(_ input: ProxyEventInput) -> JSONObject {
        let environment = input.environment
        var context = JSONObject()
        context["resourceId"] = .string(resourceID(input.method))
        context["resourcePath"] = .string(input.method.path.isDefaultRoute ? "$default" : input.method.path.text)
        context["httpMethod"] = .string(input.request.method)
        context["extendedRequestId"] = .string(input.extendedRequestID)
        context["requestTime"] = .string(ExecutionLog.requestTime(input.date))
        context["path"] = .string(input.request.path)
        context["accountId"] = .string(environment.accountID)
        context["protocol"] = "HTTP/1.1"
        context["stage"] = .string(environment.stage.name)
        context["domainPrefix"] = .string(environment.apiID)
        context["requestTimeEpoch"] = .number(JSONNumber(text: String(Int64((input.date.timeIntervalSince1970 * 1000).rounded(.down)))))
        context["requestId"] = .string(input.requestID)
        context["identity"] = .object(identity(input.request))
        context["domainName"] = .string(environment.domainName)
        context["apiId"] = .string(environment.apiID)
        return context
    }

    static func identity(_ request: GatewayRequest) -> JSONObject {
        var identity = JSONObject()
        for key in ["cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller"] { identity[key] = .null }
        identity["sourceIp"] = .string(request.sourceIP)
        for key in ["principalOrgId", "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider", "userArn"] { identity[key] = .null }
        identity["userAgent"] = request.headers["User-Agent"].map(JSONValue.string) ?? .null
        identity["user"] = .null
        return identity
    }

    /// A stable six-character id for a resource (API Gateway's are random; ours derive from the path).
    static func resourceID(_ method: APIMethod) -> String {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in method.path.text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var id = ""
        for _ in 0..<6 {
            id.append(alphabet[Int(hash % 36)])
            hash /= 36
        }
        return id
    }

    static func stringObject(_ pairs: some Sequence<(String, String)>) -> JSONObject {
        var object = JSONObject()
        for (key, value) in pairs { object[key] = .string(value) }
        return object
    }

    static func stringObject(_ dictionary: OrderedDictionary<String, String>) -> JSONObject {
        stringObject(dictionary.map { ($0.key, $0.value) })
    }

    static func listObject(_ dictionary: OrderedDictionary<String, [String]>) -> JSONObject {
        var object = JSONObject()
        for (key, values) in dictionary { object[key] = .array(values.map(JSONValue.string)) }
        return object
    }
}

/// The Lambda proxy event, payload format 2.0 (HTTP APIs).
enum ProxyEventV2 {
    static func make(_ input: ProxyEventInput) -> JSONValue {
        let request = input.request
        let environment = input.environment
        let routeKey = input.method.path.isDefaultRoute ? "$default" : "\(input.method.httpMethod) \(input.method.path.text)"
        var event = JSONObject()
        event["version"] = "2.0"
        event["routeKey"] = .string(routeKey)
        event["rawPath"] = .string(request.path)
        event["rawQueryString"] = .string(request.query)
        let cookies = request.headers.values("Cookie").flatMap { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } }
        if !cookies.isEmpty { event["cookies"] = .array(cookies.map(JSONValue.string)) }
        var headers = JSONObject()
        for (name, values) in request.headers.multiValues where name.lowercased() != "cookie" {
            headers[name.lowercased()] = .string(values.joined(separator: ","))
        }
        event["headers"] = .object(headers)
        let query = request.queryParameters
        if !query.isEmpty {
            var joined = OrderedDictionary<String, [String]>()
            for (key, value) in query { joined[key, default: []].append(value) }
            event["queryStringParameters"] = .object(ProxyEventV1.stringObject(joined.map { ($0.key, $0.value.joined(separator: ",")) }))
        }
        var context = JSONObject()
        context["accountId"] = .string(environment.accountID)
        context["apiId"] = .string(environment.apiID)
        context["domainName"] = .string(environment.domainName)
        context["domainPrefix"] = .string(environment.apiID)
        context["http"] = [
            "method": .string(request.method),
            "path": .string(request.path),
            "protocol": "HTTP/1.1",
            "sourceIp": .string(request.sourceIP),
            "userAgent": .string(request.headers["User-Agent"] ?? ""),
        ]
        context["requestId"] = .string(input.extendedRequestID)
        context["routeKey"] = .string(routeKey)
        context["stage"] = .string(environment.stage.name)
        context["time"] = .string(ExecutionLog.requestTime(input.date))
        context["timeEpoch"] = .number(JSONNumber(text: String(Int64((input.date.timeIntervalSince1970 * 1000).rounded(.down)))))
        event["requestContext"] = .object(context)
        if !request.body.isEmpty {
            event["body"] = .string(input.isBase64Encoded ? Data(request.body).base64EncodedString() : request.bodyText)
        }
        if !input.pathParameters.isEmpty { event["pathParameters"] = .object(ProxyEventV1.stringObject(input.pathParameters)) }
        event["isBase64Encoded"] = .bool(input.isBase64Encoded)
        if !environment.stage.variables.isEmpty {
            event["stageVariables"] = .object(ProxyEventV1.stringObject(environment.stage.variables))
        }
        return .object(event)
    }
}
