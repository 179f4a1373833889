// Ground truth for GatehouseJSON's JSONPath: how Jayway JsonPath 2.0.0 over json-smart 2.2 reads
// a path the way API Gateway's $input.path / $input.json do (SUPPRESS_EXCEPTIONS).
//
// Input: {"docs": {"NAME": "json text", ...}, "cases": [{"doc": "NAME", "path": "$.a"}, ...]}
// Output: a JSON array, one entry per case, with the case's doc and path plus either
//   "definite": true|false, "dump": TYPED (see JsonSmartProbe), "json": toJSONString(result)
// or "error": "ExceptionClass: message" when compiling or reading throws anyway.
//
//   java -cp $CP scripts/probes/JsonPathProbe.java CASES.json > OUT.json
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import net.minidev.json.JSONValue;
import net.minidev.json.parser.JSONParser;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class JsonPathProbe {
    public static void main(String[] args) throws Exception {
        String text = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        Map<?, ?> input = (Map<?, ?>) new JSONParser(JSONParser.MODE_RFC4627).parse(text);
        Map<?, ?> docs = (Map<?, ?>) input.get("docs");
        List<?> cases = (List<?>) input.get("cases");
        Configuration conf = Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS);
        StringBuilder out = new StringBuilder("[\n");
        boolean first = true;
        for (Object o : cases) {
            Map<?, ?> c = (Map<?, ?>) o;
            String docName = (String) c.get("doc");
            String path = (String) c.get("path");
            if (!first) out.append(",\n");
            first = false;
            out.append("{\"doc\":").append(JsonSmartProbe.quote(docName)).append(",\"path\":").append(JsonSmartProbe.quote(path));
            try {
                Object doc = Configuration.defaultConfiguration().jsonProvider().parse((String) docs.get(docName));
                // read first, as API Gateway does: its checks (e.g. "path can not be null or
                // empty") run before compile's ("json can not be null or empty").
                Object result = JsonPath.using(conf).parse(doc).read(path);
                boolean definite = JsonPath.compile(path).isDefinite();
                out.append(",\"definite\":").append(definite);
                out.append(",\"dump\":").append(JsonSmartProbe.quote(JsonSmartProbe.dump(result)));
                out.append(",\"json\":").append(JsonSmartProbe.quote(JSONValue.toJSONString(result)));
            } catch (Throwable t) {
                out.append(",\"error\":").append(JsonSmartProbe.quote(t.getClass().getName() + ": " + t.getMessage()));
            }
            out.append("}");
        }
        out.append("\n]\n");
        System.out.print(out);
    }
}
