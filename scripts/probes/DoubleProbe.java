// Ground truth for JavaDouble: Java 17's Double.toString / Float.toString on many values.
// Writes a JSON array of [bitsAsHex, Double.toString] pairs (doubles) to stdout; with "float"
// as the argument, [bitsAsHex, Float.toString] for floats.
//
//   java scripts/probes/DoubleProbe.java > Tests/GatehouseJSONTests/Fixtures/double-cases.json
import java.util.*;

public class DoubleProbe {
    public static void main(String[] args) {
        boolean floats = args.length > 0 && args[0].equals("float");
        Random r = new Random(20261125L);
        List<String> rows = new ArrayList<>();
        if (floats) {
            float[] fixed = {0f, -0f, 1f, 1.5f, 0.1f, 1e7f, 1e-3f, 9.999999e-4f, 3.4028235e38f, 1.4e-45f, 1.17549435E-38f, 16777216f, 123456.78f};
            for (float f : fixed) rows.add(row(Integer.toHexString(Float.floatToRawIntBits(f)), Float.toString(f)));
            for (int i = 0; i < 2000; i++) {
                float f = Float.intBitsToFloat(r.nextInt());
                if (Float.isNaN(f)) continue;
                rows.add(row(Integer.toHexString(Float.floatToRawIntBits(f)), Float.toString(f)));
            }
        } else {
            double[] fixed = {0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 0.2, 0.3, 0.30000000000000004, 1e7, 9999999.999, 1e-3, 9.99e-4, 1e-4,
                123456789.0, 1e21, 1e22, 1e23, 2e23, 8.41e21, 5e-324, 4.9e-324, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0E-5, 100.0,
                12.99, 8.95, 19.95, 22.99, 0.5, 2.5e-3, 1.7976931348623157E308, 9007199254740993.0, 1.2345678901234567, 3.141592653589793};
            for (double d : fixed) rows.add(row(Long.toHexString(Double.doubleToRawLongBits(d)), Double.toString(d)));
            for (int i = 0; i < 3000; i++) {
                double d;
                switch (i % 4) {
                    case 0: d = Double.longBitsToDouble(r.nextLong()); break;
                    case 1: d = r.nextDouble() * Math.pow(10, r.nextInt(40) - 20); break;
                    case 2: d = Math.round(r.nextDouble() * 1e6) / 100.0; break;
                    default: d = (r.nextInt(2000000) - 1000000) / 1000.0; break;
                }
                if (Double.isNaN(d)) continue;
                rows.add(row(Long.toHexString(Double.doubleToRawLongBits(d)), Double.toString(d)));
            }
        }
        System.out.println("[\n" + String.join(",\n", rows) + "\n]");
    }

    static String row(String bits, String text) { return "[\"" + bits + "\",\"" + text + "\"]"; }
}
