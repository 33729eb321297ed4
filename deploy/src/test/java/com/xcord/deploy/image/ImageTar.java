package com.xcord.deploy.image;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An image as {@code jib:buildTar} writes it (Docker's {@code docker save} format), read without a daemon:
 * {@code manifest.json}, the config it names, and its layers (gzipped tars) in order.
 */
final class ImageTar {

    /** Files up to this size keep their content (scripts, Jib's classpath and main-class files). */
    private static final int KEPT_CONTENT = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file of a layer. {@code content} is empty for directories and files larger than {@link #KEPT_CONTENT}. */
    record Entry(String path, int mode, long size, boolean directory, int uid, int gid, byte[] content) {

        boolean executable() {
            return (mode & 0111) == 0111;
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A layer: what {@code history} calls it (Jib's layer names) and its files by path (no leading slash). */
    record Layer(String name, long compressedSize, Map<String, Entry> entries) {
    }

    private final Path file;
    private final JsonNode config;
    private final List<Layer> layers;

    private ImageTar(Path file, JsonNode config, List<Layer> layers) {
        this.file = file;
        this.config = config;
        this.layers = layers;
    }

    static ImageTar read(Path file) {
        Map<String, byte[]> small = new HashMap<>();
        Map<String, Map<String, Entry>> layerEntries = new HashMap<>();
        Map<String, Long> layerSizes = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.getName().endsWith(".tar.gz")) {
                    layerSizes.put(entry.getName(), entry.getSize());
                    layerEntries.put(entry.getName(), readLayer(new GZIPInputStream(nonClosing(tar), 64 * 1024)));
                } else if (entry.getName().endsWith(".json")) {
                    small.put(entry.getName(), tar.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        JsonNode manifest = JSON.readTree(small.get("manifest.json")).get(0);
        JsonNode config = JSON.readTree(small.get(manifest.get("Config").asString()));
        List<String> names = new ArrayList<>();
        config.get("history").forEach(h -> {
            if (!h.path("empty_layer").asBoolean(false)) {
                names.add(h.path("comment").asString(""));
            }
        });
        List<Layer> layers = new ArrayList<>();
        JsonNode layerFiles = manifest.get("Layers");
        for (int i = 0; i < layerFiles.size(); i++) {
            String layerFile = layerFiles.get(i).asString();
            layers.add(new Layer(i < names.size() ? names.get(i) : "", layerSizes.get(layerFile), layerEntries.get(layerFile)));
        }
        return new ImageTar(file, config, layers);
    }

    private static Map<String, Entry> readLayer(InputStream gzipped) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream layer = new TarArchiveInputStream(gzipped)) {
            TarArchiveEntry e;
            while ((e = layer.getNextEntry()) != null) {
                String path = e.getName().replaceFirst("^\\./", "").replaceFirst("/$", "");
                byte[] content = !e.isDirectory() && e.getSize() <= KEPT_CONTENT ? layer.readAllBytes() : new byte[0];
                entries.put(path, new Entry(path, e.getMode(), e.getSize(), e.isDirectory(), (int) e.getLongUserId(),
                        (int) e.getLongGroupId(), content));
            }
        }
        return entries;
    }

    /** The layer streams are read inside the outer tar's; closing one must not close the outer one. */
    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }

    JsonNode containerConfig() {
        return config.get("config");
    }

    List<Layer> layers() {
        return layers;
    }

    /** The file at {@code path} (no leading slash) as the image shows it: the last layer that has it wins. */
    Optional<Entry> file(String path) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Entry entry = layers.get(i).entries().get(path);
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    Optional<Layer> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    Optional<Layer> layerWith(String path) {
        return layers.stream().filter(l -> l.entries().containsKey(path)).findFirst();
    }

    long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long uncompressedSize() {
        return layers.stream().flatMap(l -> l.entries().values().stream()).mapToLong(Entry::size).sum();
    }

    /**
     * Writes the files of the layers whose paths {@code wanted} accepts under {@code root}, with their permission bits:
     * the image's root file system, or the part of it a test runs.
     */
    static void extract(Path tar, Path root, Predicate<String> wanted) {
        try (TarArchiveInputStream outer = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
            TarArchiveEntry entry;
            List<String> order = null;
            Map<String, Path> spooled = new HashMap<>();
            Path spool = Files.createTempDirectory(root.getParent(), "layers");
            while ((entry = outer.getNextEntry()) != null) {
                if (entry.getName().endsWith(".tar.gz")) {
                    Path layer = spool.resolve(entry.getName());
                    Files.copy(outer, layer);
                    spooled.put(entry.getName(), layer);
                } else if (entry.getName().equals("manifest.json")) {
                    JsonNode layers = JSON.readTree(outer.readAllBytes()).get(0).get("Layers");
                    order = new ArrayList<>();
                    for (JsonNode l : layers) {
                        order.add(l.asString());
                    }
                }
            }
            for (String layerFile : order) {
                extractLayer(spooled.get(layerFile), root, wanted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + tar, e);
        }
    }

    private static void extractLayer(Path layerFile, Path root, Predicate<String> wanted) throws IOException {
        try (TarArchiveInputStream layer = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(layerFile)))) {
            TarArchiveEntry e;
            while ((e = layer.getNextEntry()) != null) {
                String path = e.getName().replaceFirst("^\\./", "").replaceFirst("/$", "");
                if (path.isEmpty() || !wanted.test(path)) {
                    continue;
                }
                Path target = root.resolve(path).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("layer entry outside the root: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(new ByteArrayInputStream(layer.readAllBytes()), target,
                            StandardCopyOption.REPLACE_EXISTING);
                }
                Files.setPosixFilePermissions(target, permissions(e.getMode()));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder rwx = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            rwx.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return PosixFilePermissions.fromString(rwx.toString());
    }
}
