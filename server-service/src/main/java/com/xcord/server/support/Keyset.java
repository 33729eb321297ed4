package com.xcord.server.support;

import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.PageQuery;

/**
 * The SQL of an id-keyset page: newest first with {@code before} (or no cursor), oldest first
 * with {@code after}. Lists other than message histories refuse {@code around}.
 */
public record Keyset(String condition, String order, Long cursor) {

    public static Keyset of(PageQuery page, String column) {
        if (page.around() != null) {
            throw BadRequestException.field("around", "only message histories support around");
        }
        if (page.after() != null) {
            return new Keyset(" AND " + column + " > :cursor", " ORDER BY " + column + " ASC", page.after());
        }
        if (page.before() != null) {
            return new Keyset(" AND " + column + " < :cursor", " ORDER BY " + column + " DESC", page.before());
        }
        return new Keyset("", " ORDER BY " + column + " DESC", null);
    }
}
