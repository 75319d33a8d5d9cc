package org.specledger.db;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a keyset-paginated listing. {@code next} is the opaque cursor of the following page, or null
 * on the last page (SPEC_SCHEMA.md, "Pagination").
 */
public record Page<T>(List<T> items, String next) {

    /** The largest page any listing returns. */
    public static final int MAX_LIMIT = 500;
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;

    /** Encodes the last id of a page as an opaque cursor. */
    public static String cursorAfter(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor to the id it continues after; 0 for null or empty.
     *
     * @throws IllegalArgumentException when the cursor was not made by {@link #cursorAfter(long)}
     */
    public static long decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!s.startsWith("id:")) {
                throw new IllegalArgumentException("not a cursor");
            }
            long id = Long.parseLong(s.substring(3));
            if (id < 0) {
                throw new IllegalArgumentException("not a cursor");
            }
            return id;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid cursor '" + cursor + "': pass the 'next' value of the previous page");
        }
    }

    /** Builds a page from up to limit+1 rows fetched in id order; the extra row only tells that more exist. */
    static <T> Page<T> of(List<T> rows, int limit, java.util.function.ToLongFunction<T> id) {
        if (rows.size() > limit) {
            List<T> items = List.copyOf(rows.subList(0, limit));
            return new Page<>(items, cursorAfter(id.applyAsLong(items.get(items.size() - 1))));
        }
        return new Page<>(List.copyOf(rows), null);
    }
}
