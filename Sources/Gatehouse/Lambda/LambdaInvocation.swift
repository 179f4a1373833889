import Foundation

/// The Lambda function an integration URI names, and the Invoke API request that calls it
/// (`POST /2015-03-31/functions/NAME/invocations`).
public struct LambdaFunctionReference: Sendable, Hashable {
    /// `arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`, or a bare name.
    public var arn: String
    public var name: String
    public var qualifier: String?
    public var region: String?

    /// Reads an integration URI (`arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/ARN/invocations`)
    /// or a function ARN (HTTP APIs).
    public init?(integrationURI uri: String) {
        var arn = uri
        if let range = uri.range(of: ":lambda:path/2015-03-31/functions/") {
            arn = String(uri[range.upperBound...])
            if arn.hasSuffix("/invocations") { arn.removeLast("/invocations".count) }
        }
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count >= 7, parts[0] == "arn", parts[5] == "function" {
            self.arn = arn
            self.region = String(parts[3])
            self.name = String(parts[6])
            self.qualifier = parts.count > 7 ? String(parts[7]) : nil
        } else if !arn.isEmpty, !arn.contains("/"), !uri.hasPrefix("arn:aws:apigateway:") {
            self.arn = arn
            self.name = arn
            self.qualifier = nil
            self.region = nil
        } else {
            return nil
        }
    }

    /// The Invoke API path for this function.
    public var invocationPath: String {
        let encoded = arn.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: ":"))) ?? arn
        return "/2015-03-31/functions/\(encoded)/invocations"
    }

    /// The endpoint URI API Gateway logs (`https://lambda.REGION.amazonaws.com/2015-03-31/functions/ARN/invocations`).
    public func endpointURI(defaultRegion: String) -> String {
        "https://lambda.\(region ?? defaultRegion).amazonaws.com/2015-03-31/functions/\(arn)/invocations"
    }
}
