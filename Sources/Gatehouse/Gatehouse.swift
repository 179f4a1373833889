// Gatehouse: API Gateway's REST-integration pipeline as a library. See the README's "What's inside".
//
// Folders: Definition/ (model + OpenAPI import), Routing/, Pipeline/ (the stages in AWS's order),
// Proxy/ (v1.0 and v2.0 events and responses), GatewayResponses/, CORS/, Backends/, Lambda/,
// ExecutionLog/, Samples/ (the samples/ folder's formats, used by tests and `gatehouse demo`).
