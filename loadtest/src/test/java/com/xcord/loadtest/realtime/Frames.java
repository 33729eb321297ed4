package com.xcord.loadtest.realtime;

/**
 * Reads the few fields a benchmark needs from a realtime frame ({@code {"op":…,"t":…,"s":…,"d":{…}}}) by
 * plain string search. A benchmark client that parses every frame as JSON would add its own cost to the
 * very latencies it measures (10,000 frames per fan-out message); realtime-service writes {@code op},
 * {@code t} and {@code s} before {@code d}, so the first match of each is the frame's own.
 */
final class Frames {

    private Frames() {
    }

    static boolean isHello(String frame) {
        return frame.startsWith("{\"op\":\"HELLO\"");
    }

    static boolean isDispatch(String frame) {
        return frame.startsWith("{\"op\":\"DISPATCH\"");
    }

    /** The dispatch type ({@code t}), or null. */
    static String type(String frame) {
        return string(frame, "t");
    }

    /** The dispatch sequence number ({@code s}), or -1. */
    static long sequence(String frame) {
        return number(frame, "s");
    }

    /** The first string field called {@code name} anywhere in the frame, or null. */
    static String string(String frame, String name) {
        String prefix = "\"" + name + "\":\"";
        int start = frame.indexOf(prefix);
        if (start < 0) {
            return null;
        }
        start += prefix.length();
        int end = frame.indexOf('"', start);
        return end < 0 ? null : frame.substring(start, end);
    }

    /** The first integer field called {@code name} anywhere in the frame, or -1. */
    static long number(String frame, String name) {
        String prefix = "\"" + name + "\":";
        int start = frame.indexOf(prefix);
        if (start < 0) {
            return -1;
        }
        start += prefix.length();
        int end = start;
        while (end < frame.length() && Character.isDigit(frame.charAt(end))) {
            end++;
        }
        return end == start ? -1 : Long.parseLong(frame, start, end, 10);
    }
}
