package com.xcord.search.text;

import com.xcord.search.query.Filters.Has;

import java.util.Collection;
import java.util.regex.Pattern;

/** The {@code has:} bits of an item, computed once when it is indexed. */
public final class ContentFlags {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S");

    /**
     * From the content and the attachment ids of a version-1 event: any attachment counts as {@code has:file},
     * since version 1 does not say what the attachment is.
     */
    public static int of(String content, Collection<String> attachmentIds) {
        int flags = link(content);
        if (attachmentIds != null && !attachmentIds.isEmpty()) {
            flags |= Has.FILE.bit();
        }
        return flags;
    }

    /** From the content and the media kinds ({@code image}, {@code video}, {@code audio}, {@code file}). */
    public static int ofKinds(String content, Collection<String> kinds) {
        int flags = link(content);
        for (String kind : kinds) {
            flags |= Has.FILE.bit();
            if ("image".equals(kind)) {
                flags |= Has.IMAGE.bit();
            } else if ("video".equals(kind)) {
                flags |= Has.VIDEO.bit();
            }
        }
        return flags;
    }

    private static int link(String content) {
        return content != null && LINK.matcher(content).find() ? Has.LINK.bit() : 0;
    }

    private ContentFlags() {
    }
}
