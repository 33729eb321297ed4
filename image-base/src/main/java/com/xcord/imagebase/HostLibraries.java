package com.xcord.imagebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared libraries an ELF file needs, as the build host's {@code ldd} resolves them. */
final class HostLibraries {

    /** One needed library: its name and where the host has it, or no path when the host does not ("not found"). */
    record Needed(String name, Path hostPath) {

        boolean found() {
            return hostPath != null;
        }
    }

    // "libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x…)", "libjvm.so => not found", "/lib64/ld-linux-x86-64.so.2 (0x…)"
    private static final Pattern RESOLVED = Pattern.compile("^\\s*(\\S+) => (\\S+) \\(0x[0-9a-f]+\\)$");
    private static final Pattern NOT_FOUND = Pattern.compile("^\\s*(\\S+) => not found$");
    private static final Pattern LOADER = Pattern.compile("^\\s*(/\\S+) \\(0x[0-9a-f]+\\)$");

    private HostLibraries() {
    }

    static List<Needed> of(Path elf) {
        String output = ldd(elf);
        List<Needed> needed = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m;
            if ((m = RESOLVED.matcher(line)).matches()) {
                needed.add(new Needed(m.group(1), Path.of(m.group(2))));
            } else if ((m = NOT_FOUND.matcher(line)).matches()) {
                needed.add(new Needed(m.group(1), null));
            } else if ((m = LOADER.matcher(line)).matches()) {
                needed.add(new Needed(Path.of(m.group(1)).getFileName().toString(), Path.of(m.group(1))));
            }
            // anything else is the vDSO, which the kernel provides
        }
        return needed;
    }

    private static String ldd(Path elf) {
        try {
            Process ldd = new ProcessBuilder("ldd", elf.toString()).redirectErrorStream(true).start();
            String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (ldd.waitFor() != 0) {
                throw new IllegalStateException("ldd " + elf + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("the build host needs ldd (glibc's libc-bin) to find the runtime's libraries", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
