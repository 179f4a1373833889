#!/usr/bin/env python3
"""Stands in for a SOAP order service: gets {"method","url","headers","body"} on stdin and
writes {"statusCode","headers","body"} with a SOAP 1.1 envelope as the body. The order id comes
from the X-Order-Id header the integration maps from the path; the request must be a SOAP
envelope sent as text/xml with a SOAPAction."""
import json
import sys

request = json.load(sys.stdin)
headers = {k.lower(): v for k, v in request["headers"].items()}
order_id = headers.get("x-order-id", "")

ENVELOPE = """<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ord="http://example.com/orders">
  <soap:Body>
%s
  </soap:Body>
</soap:Envelope>"""


def reply(status, inner):
    out = {"statusCode": status, "headers": {"Content-Type": "text/xml; charset=utf-8"}, "body": ENVELOPE % inner}
    print(json.dumps(out))


if not headers.get("content-type", "").startswith("text/xml") or headers.get("soapaction") != "GetOrder":
    reply(500, """    <soap:Fault>
      <faultcode>soap:Client</faultcode>
      <faultstring>Expected a text/xml GetOrder request</faultstring>
    </soap:Fault>""")
elif order_id == "404":
    reply(500, """    <soap:Fault>
      <faultcode>soap:Client</faultcode>
      <faultstring>No order 404</faultstring>
    </soap:Fault>""")
else:
    reply(200, """    <ord:GetOrderResponse>
      <ord:Order id="%s">
        <ord:Status>shipped</ord:Status>
        <ord:Line sku="A-1"><ord:Quantity>2</ord:Quantity></ord:Line>
        <ord:Line sku="B-7"><ord:Quantity>1</ord:Quantity></ord:Line>
      </ord:Order>
    </ord:GetOrderResponse>""" % order_id)
