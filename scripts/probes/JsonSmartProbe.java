// Ground truth for GatehouseJSON's permissive parser and json-smart-style writer.
//
// Reads a JSON array of input texts (or of {"name":..., "input":...} objects) and writes, for
// each, what API Gateway's body parser does with it: Jayway 2.0.0's JsonSmartJsonProvider
// (json-smart 2.2, mode -1 = MODE_PERMISSIVE, ordered mapper). Output: a JSON array of
//   {"input": TEXT, "dump": TYPED, "json": toJSONString}            on success
//   {"input": TEXT, "error": MESSAGE, "position": N, "errorType": T}  on a ParseException
//   {"input": TEXT, "exception": "java.lang.X: message"}              on anything else
// TYPED shows Java types: I:1 (Integer) L:1 (Long) BI:1 (BigInteger) D:1.0 (Double)
// BD:1.0 (BigDecimal) F:NaN (Float), "s" strings, null, true/false, [..], {"k":..}.
//
//   java -cp $CP scripts/probes/JsonSmartProbe.java CASES.json > OUT.json
// with CP = json-path.jar:json-smart.jar:accessors-smart.jar:asm.jar:slf4j-api.jar:slf4j-nop.jar
// from /usr/share/java.
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidJsonException;
import net.minidev.json.JSONValue;
import net.minidev.json.parser.JSONParser;
import net.minidev.json.parser.ParseException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class JsonSmartProbe {
    public static void main(String[] args) throws Exception {
        String text = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        List<?> cases = (List<?>) new JSONParser(JSONParser.MODE_RFC4627).parse(text);
        StringBuilder out = new StringBuilder("[\n");
        boolean first = true;
        for (Object c : cases) {
            String input = c instanceof String ? (String) c : (String) ((Map<?, ?>) c).get("input");
            if (!first) out.append(",\n");
            first = false;
            out.append("{\"input\":").append(quote(input));
            try {
                Object v = Configuration.defaultConfiguration().jsonProvider().parse(input);
                out.append(",\"dump\":").append(quote(dump(v)));
                out.append(",\"json\":").append(quote(JSONValue.toJSONString(v)));
            } catch (InvalidJsonException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ParseException) {
                    ParseException p = (ParseException) cause;
                    out.append(",\"error\":").append(quote(p.getMessage()));
                    out.append(",\"position\":").append(p.getPosition());
                    out.append(",\"errorType\":").append(p.getErrorType());
                } else {
                    out.append(",\"exception\":").append(quote(String.valueOf(cause)));
                }
            } catch (Throwable t) {
                out.append(",\"exception\":").append(quote(t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage())));
            }
            out.append("}");
        }
        out.append("\n]\n");
        System.out.print(out);
    }

    static String dump(Object v) {
        if (v == null) return "null";
        if (v instanceof String) return quote((String) v);
        if (v instanceof Boolean) return v.toString();
        if (v instanceof Integer) return "I:" + v;
        if (v instanceof Long) return "L:" + v;
        if (v instanceof BigInteger) return "BI:" + v;
        if (v instanceof Double) return "D:" + v;
        if (v instanceof Float) return "F:" + v;
        if (v instanceof BigDecimal) return "BD:" + v;
        if (v instanceof Map) {
            StringBuilder b = new StringBuilder("{");
            boolean f = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!f) b.append(',');
                f = false;
                b.append(quote((String) e.getKey())).append(':').append(dump(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (v instanceof List) {
            StringBuilder b = new StringBuilder("[");
            boolean f = true;
            for (Object o : (List<?>) v) {
                if (!f) b.append(',');
                f = false;
                b.append(dump(o));
            }
            return b.append(']').toString();
        }
        return "?" + v.getClass().getName();
    }

    /** JSON string: escapes '"', '\\' and chars below 0x20 (as \\u00XX); a lone surrogate becomes U+FFFD. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') b.append('\\').append(ch);
            else if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
            else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(ch).append(s.charAt(++i));
            } else if (Character.isSurrogate(ch)) b.append('\uFFFD');
            else b.append(ch);
        }
        return b.append('"').toString();
    }
}
