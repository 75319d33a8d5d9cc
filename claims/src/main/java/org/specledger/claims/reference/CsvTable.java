package org.specledger.claims.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A commented CSV table: '#' lines are comments, the first other line is the header, fields may be
 * double-quoted (RFC 4180 §2, without line breaks inside fields — none of our tables need them).
 */
final class CsvTable {
    private final String name;
    private final List<String> header;
    private final List<Map<String, String>> rows;

    private CsvTable(String name, List<String> header, List<Map<String, String>> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable parse(String name, InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, name, lineNo);
                if (header == null) {
                    header = fields;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new IllegalArgumentException(name + " line " + lineNo + ": " + fields.size()
                            + " fields, header has " + header.size() + " (quote fields that contain commas)");
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), fields.get(i).strip());
                }
                rows.add(row);
            }
            if (header == null) {
                throw new IllegalArgumentException(name + ": no header line");
            }
            return new CsvTable(name, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static List<String> split(String line, String name, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(name + " line " + lineNo + ": unterminated quote");
        }
        out.add(cur.toString());
        return out;
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    String name() {
        return name;
    }

    List<String> header() {
        return header;
    }

    static Double decimal(Map<String, String> row, String col) {
        String v = row.get(col);
        return v == null || v.isEmpty() ? null : Double.valueOf(v);
    }

    static Integer integer(Map<String, String> row, String col) {
        String v = row.get(col);
        return v == null || v.isEmpty() ? null : Integer.valueOf(v);
    }
}
