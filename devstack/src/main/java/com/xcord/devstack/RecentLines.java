package com.xcord.devstack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last lines a process printed, to show why it died. */
final class RecentLines {

    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    RecentLines(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized List<String> snapshot() {
        return new ArrayList<>(lines);
    }
}
