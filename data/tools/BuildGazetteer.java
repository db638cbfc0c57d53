import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds data/gazetteer/regions.tsv from the public lists in /work/shared/gazetteer (see their
 * SOURCES.md). JDK only, so it runs as a single-file program:
 *
 * <pre>java data/tools/BuildGazetteer.java /work/shared/gazetteer data/gazetteer</pre>
 *
 * Codes are padded to the 12 digits of the NBS 统计用区划代码 so that modood's 2/4/6/9-digit codes and
 * Vonng's 12-digit village codes share one key space and sort by containment.
 */
public class BuildGazetteer {

    static final String COUNTRY_CODE = "100000000000";
    static final String INNER_MONGOLIA = "15";

    record Row(String code, String name, String level, String parentCode) {
    }

    record Point(String longitude, String latitude) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java BuildGazetteer.java SOURCE_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Map<String, Point> points = new HashMap<>();
        readPoints(source.resolve("adcode_vonng_2016_county_and_above.csv"), points);
        readPoints(source.resolve("adcode_vonng_2016_inner_mongolia_15_all_levels.csv"), points);

        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put(COUNTRY_CODE, new Row(COUNTRY_CODE, "中华人民共和国", "country", ""));
        for (String[] f : csv(source.resolve("provinces.csv"))) {
            add(rows, new Row(pad(f[0]), f[1], "province", COUNTRY_CODE));
        }
        // modood's 市辖区/县 cities are placeholders of the four municipalities, not places anyone
        // names: their counties hang directly under the province instead.
        Map<String, String> cityParent = new HashMap<>();
        for (String[] f : csv(source.resolve("cities.csv"))) {
            if (f[1].equals("市辖区") || f[1].equals("县")) {
                cityParent.put(f[0], pad(f[2]));
            } else {
                add(rows, new Row(pad(f[0]), f[1], "prefecture", pad(f[2])));
                cityParent.put(f[0], pad(f[0]));
            }
        }
        for (String[] f : csv(source.resolve("areas.csv"))) {
            if (f[0].endsWith("00")) {
                continue; // cities without counties (东莞市, 中山市) repeat themselves at county level
            }
            String parent = cityParent.getOrDefault(f[2], pad(f[3]));
            add(rows, new Row(pad(f[0]), f[1], "county", parent));
        }
        for (String[] f : csv(source.resolve("streets.csv"))) {
            // The whole country at township level: reports of inspection tours name towns and
            // subdistricts everywhere (筒车湾镇, 中山路街道). 沙尔沁工业区（如意南区）: the bracket is a
            // gloss, not part of the name people write. 金门县 (350527000) stands at township level
            // for itself, a county without townships in the list.
            if (!f[0].endsWith("000")) {
                add(rows, new Row(pad(f[0]), f[1].replaceAll("（.*?）", ""), "township", pad(f[2])));
            }
        }
        int villagesMoved = addVillages(source.resolve("adcode_vonng_2016_inner_mongolia_15_all_levels.csv"), rows);
        addHongKongMacauTaiwan(source.resolve("HK-MO-TW.json"), rows, points);

        Files.createDirectories(output);
        StringBuilder out = new StringBuilder("code\tname\tlevel\tparent_code\tlongitude\tlatitude\n");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row row : rows.values()) {
            write(out, row, points);
            counts.merge(row.level(), 1, Integer::sum);
        }
        Files.writeString(output.resolve("regions.tsv"), out, StandardCharsets.UTF_8);
        System.out.println("regions.tsv: " + counts + "; villages attached to their county because "
                + "modood 2023 lacks their 2016 township: " + villagesMoved);
    }

    /** Vonng's villages are 委员会 rows; people write 嘎查, 村 and 社区, so those are the names kept. */
    static int addVillages(Path file, Map<String, Row> rows) throws IOException {
        int moved = 0;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!f[4].equals("5")) {
                continue;
            }
            String name = villageName(f[2]);
            if (name == null) {
                continue;
            }
            String parent = f[1];
            if (!rows.containsKey(parent)) {
                // The township was merged away between 2016 and 2023; its county still exists.
                parent = f[0].substring(0, 6) + "000000";
                if (!rows.containsKey(parent)) {
                    continue;
                }
                moved++;
            }
            add(rows, new Row(f[0], name, "village", parent));
        }
        return moved;
    }

    static String villageName(String raw) {
        String name = raw;
        for (String office : new String[]{"村民委员会", "村委员会", "居民委员会", "委员会", "居委会", "村委会", "村委"}) {
            if (name.endsWith(office)) {
                String base = name.substring(0, name.length() - office.length());
                name = office.startsWith("村") ? base + "村" : base;
                break;
            }
        }
        // Vonng writes 嘎查村 where the papers and the signboards say 嘎查.
        if (name.endsWith("嘎查村")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.startsWith("虚拟")) {
            return null;
        }
        boolean village = name.endsWith("嘎查") || name.endsWith("村") || name.endsWith("社区");
        return village && name.length() >= 2 ? name : null;
    }

    /**
     * Hong Kong and Macau districts hang under their SAR; Taiwan's cities and counties under the
     * province. None have NBS codes, so their code is empty; Taiwan's districts are left out because
     * without codes their parent city could not be named in parent_code.
     */
    static void addHongKongMacauTaiwan(Path file, Map<String, Row> rows, Map<String, Point> points) throws IOException {
        Map<String, String> provinceCodes = Map.of(
                "香港特别行政区", "810000000000", "澳门特别行政区", "820000000000", "台湾省", "710000000000");
        Object tree = new Json(Files.readString(file, StandardCharsets.UTF_8)).value();
        int unnamed = 0;
        for (Map.Entry<String, Object> province : asMap(tree).entrySet()) {
            String code = provinceCodes.get(province.getKey());
            add(rows, new Row(code, province.getKey(), "province", COUNTRY_CODE));
            boolean taiwan = code.startsWith("71");
            for (Map.Entry<String, Object> group : asMap(province.getValue()).entrySet()) {
                if (taiwan) {
                    rows.put("TW-" + (unnamed++), new Row("", group.getKey(), "prefecture", code));
                    continue;
                }
                for (Object district : (List<?>) group.getValue()) {
                    String name = ((String) district).replaceAll("（.*）", "");
                    rows.put("HKMO-" + (unnamed++), new Row("", name, "county", code));
                }
            }
        }
    }

    static void add(Map<String, Row> rows, Row row) {
        if (rows.putIfAbsent(row.code(), row) != null) {
            throw new IllegalStateException("duplicate code " + row.code());
        }
    }

    static void write(StringBuilder out, Row row, Map<String, Point> points) {
        Point p = row.code().isEmpty() ? null : points.get(row.code());
        out.append(row.code()).append('\t').append(row.name()).append('\t').append(row.level()).append('\t')
                .append(row.parentCode()).append('\t')
                .append(p == null ? "" : p.longitude()).append('\t')
                .append(p == null ? "" : p.latitude()).append('\n');
    }

    static String pad(String code) {
        return (code + "000000000000").substring(0, 12);
    }

    static void readPoints(Path file, Map<String, Point> points) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!f[12].isEmpty() && !f[13].isEmpty()) {
                points.put(f[0], new Point(f[12], f[13]));
            }
        }
    }

    /** modood's CSVs quote names but never put commas or quotes inside them. */
    static List<String[]> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> result = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                result.add(line.replace("\"", "").split(",", -1));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    /** Just enough JSON for HK-MO-TW.json: objects, arrays and strings without escapes. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                while (true) {
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    String key = (String) value();
                    skip();
                    i++; // ':'
                    map.put(key, value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                while (true) {
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    list.add(value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                    }
                }
            }
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                String str = s.substring(i + 1, end);
                i = end + 1;
                return str;
            }
            throw new IllegalArgumentException("unexpected JSON at " + i);
        }

        private void skip() {
            while (Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
