// json-smart 2.2 JSONValue.toJSONString of "a" + code point + "b" for code points at the edges of
// its escaping ranges. Output: [codePoint, JSON-encoded toJSONString result]. Feeds SerializerEscapeTests.
import net.minidev.json.*;
import java.util.*;
public class EscapeProbe {
  public static void main(String[] a) {
    StringBuilder out = new StringBuilder("[\n");
    int[] cps = {0,1,8,9,10,12,13,31,32,34,39,47,60,62,92,126,127,128,133,159,160,255,256,0x7ff,0x800,0x1fff,0x2000,0x2028,0x2029,0x20ac,0x20ff,0x2100,0xfeff,0xfffd,0xffff,0x10000,0x1f600,0x10ffff};
    boolean first = true;
    for (int cp : cps) {
      String s = "a" + new String(Character.toChars(cp)) + "b";
      if (!first) out.append(",\n"); first = false;
      out.append("[").append(cp).append(",").append(JSONValue.toJSONString(JSONValue.toJSONString(s))).append("]");
    }
    out.append("\n]\n");
    System.out.print(out);
  }
}
