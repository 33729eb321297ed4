package com.xcord.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Interleaves the output of every process on one console, each line prefixed with the padded name of
 * the process it came from ({@code auth-service | ...}), in a colour per process when the console is a
 * terminal.
 */
final class LogPrefixer {

    static final String DEVSTACK = "devstack";

    private static final String RESET = "\u001b[0m";
    /** Cyan, green, yellow, blue, magenta, bright variants: distinguishable on dark and light themes. */
    private static final int[] COLOURS = {36, 32, 33, 34, 35, 96, 92, 93, 94, 95};

    private final PrintStream out;
    private final int width;
    private final boolean colour;

    LogPrefixer(PrintStream out, int width, boolean colour) {
        this.out = out;
        this.width = width;
        this.colour = colour;
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
    static boolean colourWanted() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    String prefix(String name) {
        String padded = String.format("%-" + width + "s |", name);
        if (!colour) {
            return padded;
        }
        return "\u001b[" + colourCode(name) + "m" + padded + RESET;
    }

    /** Bold for the launcher itself; otherwise by position in the catalog, so no two services share one. */
    private static String colourCode(String name) {
        if (name.equals(DEVSTACK)) {
            return "1";
        }
        int index = ServiceCatalog.find(name).map(ServiceCatalog.KNOWN::indexOf).orElse(name.hashCode());
        return Integer.toString(COLOURS[Math.floorMod(index, COLOURS.length)]);
    }

    String format(String name, String line) {
        return prefix(name) + " " + line;
    }

    /** Prints one line; whole lines never interleave, whichever thread prints. */
    void print(String name, String line) {
        String formatted = format(name, line);
        synchronized (out) {
            out.println(formatted);
            out.flush();
        }
    }

    /**
     * Starts a daemon thread that copies {@code in} line by line (UTF-8) to the console under
     * {@code name}, remembering the latest lines in {@code recent}; it ends at end of stream.
     */
    Thread pump(String name, InputStream in, RecentLines recent) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    recent.add(line);
                    print(name, line);
                }
            } catch (IOException e) {
                // the process is gone and so is its pipe
            }
        }, "log-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
