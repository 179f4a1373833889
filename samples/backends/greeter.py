#!/usr/bin/env python3
"""Stands in for a Lambda proxy function (payload 1.0 and 2.0): routes on the path."""
import json
import sys

event = json.load(sys.stdin)
version = event.get("version", "1.0")
path = event["rawPath"] if version == "2.0" else event["path"]
if version == "2.0" and event["requestContext"]["stage"] != "$default":
    path = path[len(event["requestContext"]["stage"]) + 1:]

if path == "/broken":
    print(json.dumps({"statusCode": 200, "body": "ok", "extra": True}))
elif path == "/crash":
    print(json.dumps({"errorMessage": "division by zero", "errorType": "ZeroDivisionError"}))
    sys.exit(1)
elif path == "/teapot":
    print(json.dumps({"statusCode": 418, "headers": {"x-amzn-ErrorType": "TeapotException", "Content-Type": "application/json"},
                      "body": json.dumps({"message": "I'm a teapot"})}))
elif path == "/plain" and version == "2.0":
    print(json.dumps("just a string"))
elif path == "/object" and version == "2.0":
    print(json.dumps({"hello": "world"}, separators=(",", ":")))
else:
    name = (event.get("pathParameters") or {}).get("name", "world")
    if version == "2.0":
        query = event.get("queryStringParameters") or {}
        summary = {"routeKey": event["routeKey"], "rawQueryString": event["rawQueryString"], "cookies": event.get("cookies", []),
                   "query": query}
        print(json.dumps({"statusCode": 200, "headers": {"content-type": "application/json"}, "cookies": ["seen=1; Path=/"],
                          "body": json.dumps({"greeting": "Hello, " + name + "!", "event": summary}, separators=(",", ":"))}))
    else:
        summary = {"resource": event["resource"], "path": event["path"], "query": event["queryStringParameters"],
                   "multiQuery": event["multiValueQueryStringParameters"], "stage": event["requestContext"]["stage"]}
        print(json.dumps({"statusCode": "200", "headers": {"Content-Type": "application/json", "X-Greeter": "v1"},
                          "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"]},
                          "body": json.dumps({"greeting": "Hello, " + name + "!", "event": summary}, separators=(",", ":"))}))
