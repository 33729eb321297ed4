package com.xcord.search.text;

/**
 * The {@code highlight} of a result. PostgreSQL's {@code ts_headline} marks the matches with two private-use
 * characters (never HTML: the content is the user's and is not escaped); here the fragment is HTML-escaped and the
 * marks become {@code <mark>…</mark>}, so a client may render it as HTML safely.
 */
public final class Highlights {

    private static final char START = '\uE000';
    private static final char STOP = '\uE001';

    /**
     * {@code ts_headline} options: at most two fragments of 5 to 20 words — bounded whatever the content's length.
     */
    public static final String HEADLINE_OPTIONS = "StartSel=\uE000, StopSel=\uE001, MaxWords=20, MinWords=5, "
            + "ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** The SQL expression of a highlight of {@code column} for the query in parameter {@code :text}. */
    public static String sql(String column) {
        return "ts_headline('xcord_text'::regconfig, " + column
                + ", websearch_to_tsquery('xcord_text'::regconfig, :text), :headlineOptions)";
    }

    /** A headline as the API shows it; null stays null (a filters-only search has nothing to highlight). */
    public static String render(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(headline.length() + 16);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    private Highlights() {
    }
}
