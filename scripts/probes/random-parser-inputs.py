#!/usr/bin/env python3
# Random permissive-JSON texts (valid, odd and broken) built from JSON-ish pieces, for a
# differential run of JsonSmartProbe against Gatehouse's permissive parser:
#   python3 scripts/probes/random-parser-inputs.py > /tmp/random-parser-inputs.json
#   java -cp $CP:/tmp/probes JsonSmartProbe /tmp/random-parser-inputs.json > Tests/GatehouseJSONTests/Fixtures/parser-random-cases.json
import json, random
random.seed(11)
pieces = ['{', '}', '[', ']', ',', ':', '"a"', "'b'", 'a', 'x y', '1', '-', '0', '01', '1.5', '1.5e', 'e5', '1e+', '.', ' ', '\n', '\t', '\r',
          'null', 'true', 'false', 'nul', 'NaN', 'Infinity', '"\u00e9"', '\u00e9', '"\\u00e9"', '"\\u12"', '"\\x41"', '"\\q"', '"\\"', '\\',
          '"', "'", '/', '#', '12345678901', '123456789012345678901234', '1.2345678901234567890', '-0.0', '1E400', '"a\\nb"', '"\u2028"',
          '\u0000', '\u001f', '\u007f', '"\U0001F600"', '\U0001F600', '{"k":1}', '[1,2]', '{a:b}', '"a":', ':1', ',,', '=', ';', '}}', ']]']
out = []
for i in range(5000):
    n = random.randint(1, 10)
    out.append(''.join(random.choice(pieces) for _ in range(n)))
print(json.dumps(out))
