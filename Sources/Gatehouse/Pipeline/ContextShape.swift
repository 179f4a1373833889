import Foundation
import GatehouseJSON
import OrderedCollections

/// `$context`'s members for one pipeline, laid out once: the keys in API Gateway's order (with
/// their hash table) and the values that never change between requests (account, API id, domain,
/// stage, protocol, the empty override maps).
///
/// A request copies the layout and overwrites its own values by position: the keys and their hash
/// table stay shared, so no key is hashed or inserted per request. `build` is the one description
/// of the layout; the prepared copy is made from it, so both give the same object.
struct ContextShape: Sendable {
    /// The per-request values.
    struct Values {
        var extendedRequestID: String
        var httpMethod: String
        var sourceIP: String
        var userAgent: String?
        var path: String
        var requestID: String
        var start: Date
    }

    let members: OrderedDictionary<String, JSONValue>
    /// `$context.requestTime`, formatted once a second.
    let requestTimes = PerSecondText(ExecutionLog.requestTime)
    let identity: OrderedDictionary<String, JSONValue>
    let extendedRequestIDIndex: Int
    let httpMethodIndex: Int
    let identityIndex: Int
    let pathIndex: Int
    let requestIDIndex: Int
    let requestTimeIndex: Int
    let requestTimeEpochIndex: Int
    let resourceIDIndex: Int
    let resourcePathIndex: Int
    let sourceIPIndex: Int
    let userAgentIndex: Int

    init(environment: GatewayEnvironment) {
        let placeholder = Values(extendedRequestID: "", httpMethod: "", sourceIP: "", userAgent: nil, path: "", requestID: "", start: Date(timeIntervalSince1970: 0))
        let members = Self.build(environment: environment, placeholder, resource: ("", "")).members
        guard case .object(let identity) = members["identity"] else { preconditionFailure("$context.identity is an object") }
        func index(_ key: String, in members: OrderedDictionary<String, JSONValue>) -> Int {
            guard let index = members.index(forKey: key) else { preconditionFailure("$context has no \(key)") }
            return index
        }
        self.members = members
        self.identity = identity.members
        extendedRequestIDIndex = index("extendedRequestId", in: members)
        httpMethodIndex = index("httpMethod", in: members)
        identityIndex = index("identity", in: members)
        pathIndex = index("path", in: members)
        requestIDIndex = index("requestId", in: members)
        requestTimeIndex = index("requestTime", in: members)
        requestTimeEpochIndex = index("requestTimeEpoch", in: members)
        resourceIDIndex = index("resourceId", in: members)
        resourcePathIndex = index("resourcePath", in: members)
        sourceIPIndex = index("sourceIp", in: identity.members)
        userAgentIndex = index("userAgent", in: identity.members)
    }

    /// `$context` for a request whose method is known.
    func context(_ values: Values, resourceID: String, resourcePath: String) -> JSONObject {
        var identity = self.identity
        identity.values[sourceIPIndex] = .string(values.sourceIP)
        identity.values[userAgentIndex] = values.userAgent.map(JSONValue.string) ?? .null
        var members = self.members
        members.values[extendedRequestIDIndex] = .string(values.extendedRequestID)
        members.values[httpMethodIndex] = .string(values.httpMethod)
        members.values[identityIndex] = .object(JSONObject(identity))
        members.values[pathIndex] = .string(values.path)
        members.values[requestIDIndex] = .string(values.requestID)
        members.values[requestTimeIndex] = .string(requestTimes.text(for: values.start))
        members.values[requestTimeEpochIndex] = .number(JSONNumber(text: Self.epochMilliseconds(values.start)))
        members.values[resourceIDIndex] = .string(resourceID)
        members.values[resourcePathIndex] = .string(resourcePath)
        return JSONObject(members)
    }

    static func epochMilliseconds(_ date: Date) -> String {
        String(Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// `$context` key by key, as API Gateway orders it; `resource` (id and path) is nil before a
    /// method is known, and then `resourceId` and `resourcePath` are absent.
    static func build(environment: GatewayEnvironment, _ values: Values, resource: (id: String, path: String)?) -> JSONObject {
        var context = JSONObject()
        context["accountId"] = .string(environment.accountID)
        context["apiId"] = .string(environment.apiID)
        context["domainName"] = .string(environment.domainName)
        context["domainPrefix"] = .string(environment.apiID)
        context["extendedRequestId"] = .string(values.extendedRequestID)
        context["httpMethod"] = .string(values.httpMethod)
        var identityRequest = GatewayRequest(method: values.httpMethod, path: values.path, sourceIP: values.sourceIP)
        if let userAgent = values.userAgent { identityRequest.headers.append("User-Agent", userAgent) }
        context["identity"] = .object(ProxyEventV1.identity(identityRequest))
        context["path"] = .string(values.path)
        context["protocol"] = "HTTP/1.1"
        context["requestId"] = .string(values.requestID)
        context["requestTime"] = .string(ExecutionLog.requestTime(values.start))
        context["requestTimeEpoch"] = .number(JSONNumber(text: epochMilliseconds(values.start)))
        if let resource {
            context["resourceId"] = .string(resource.id)
            context["resourcePath"] = .string(resource.path)
        }
        context["stage"] = .string(environment.stage.name)
        // The override maps exist before any template runs, so `#set($context.responseOverride.status = 400)`
        // and `#set($context.requestOverride.header.X = ...)` have somewhere to write.
        context["requestOverride"] = ["header": [:], "querystring": [:], "path": [:]]
        context["responseOverride"] = ["header": [:]]
        return context
    }
}
