#!/usr/bin/env python3
"""Stands in for the orders HTTP service: gets {"method","url","headers","body"} on stdin and
writes {"statusCode","headers","body"}."""
import json
import sys
from urllib.parse import urlsplit, parse_qsl

request = json.load(sys.stdin)
url = urlsplit(request["url"])
query = dict(parse_qsl(url.query))
headers = {k.lower(): v for k, v in request["headers"].items()}
parts = url.path.strip("/").split("/")  # v2, orders, ID
order_id = parts[-1]


def reply(status, body, extra=None):
    out = {"statusCode": status, "headers": {"Content-Type": "application/json", "X-Version": "2.4.1"}, "body": json.dumps(body, separators=(",", ":"))}
    print(json.dumps(out))


if order_id == "404":
    reply(404, {"error": "missing"})
elif order_id == "boom":
    reply(500, {"error": "database unavailable"})
else:
    reply(200, {
        "id": order_id,
        "status": "shipped",
        "apiVersion": parts[0],
        "currency": query.get("currency"),
        "view": query.get("view"),
        "tenant": headers.get("x-tenant"),
        "stage": headers.get("x-stage"),
    })
