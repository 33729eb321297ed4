package com.xcord.gateway.auth;

/**
 * Paths with dot segments or encoded separators are refused: the gateway matches raw paths, and a
 * service that normalises them afterwards could otherwise be reached under a public prefix.
 */
final class PathTraversal {

    private PathTraversal() {
    }

    static boolean isSuspicious(String path) {
        if (path.indexOf('%') < 0 && path.indexOf('\\') < 0 && path.indexOf("/.") < 0) {
            return false;
        }
        if (path.indexOf('\\') >= 0) {
            return true;
        }
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return true;
        }
        for (String segment : lower.split("/", -1)) {
            String plain = segment.indexOf(';') >= 0 ? segment.substring(0, segment.indexOf(';')) : segment;
            if (plain.equals(".") || plain.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
