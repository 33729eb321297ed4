package com.xcord.search.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name for trigram comparison: lower case, accents and marks removed, Turkish dotless ı as i. "İpek",
 * "IPEK", "ıpek" and "ipek" all fold to "ipek"; "Zoë" to "zoe". Done here rather than with {@code unaccent()} in an
 * index expression, which PostgreSQL does not accept (unaccent is not immutable).
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('ı', 'i').strip();
    }

    private Folding() {
    }
}
