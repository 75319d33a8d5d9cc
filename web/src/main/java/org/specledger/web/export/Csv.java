package org.specledger.web.export;

import java.util.List;

/**
 * CSV rows as RFC 4180 says (comma-separated, CRLF line ends, a field with a comma, quote or line break is
 * quoted with its quotes doubled), and safe to open in a spreadsheet: a text cell starting with {@code = + - @}
 * (or a tab or carriage return) is prefixed with an apostrophe so that it is not run as a formula (OWASP,
 * "CSV Injection"). Numbers are written as numbers and never prefixed.
 */
public final class Csv {
    private Csv() {
    }

    /** One row, CRLF-terminated; null cells are empty. */
    public static String row(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String number(Number n) {
        if (n instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return n.toString();
    }
}
