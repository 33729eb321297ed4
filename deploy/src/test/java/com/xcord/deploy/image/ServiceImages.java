package com.xcord.deploy.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The images the build must have written: one per deployable service, on the port ISSUE-13's contract gives it. */
final class ServiceImages {

    /** A service image: the module (= image name) and the port the service listens on. */
    record Service(String module, int port) {

        Path tar() {
            return root().resolve(module).resolve("target/jib-image.tar");
        }

        /** The class annotated {@code @SpringBootApplication} in the module's sources. */
        String mainClass() {
            Pattern pkg = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
            try (Stream<Path> sources = Files.walk(root().resolve(module).resolve("src/main/java"))) {
                Path application = sources.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> read(p).contains("@SpringBootApplication")).findFirst()
                        .orElseThrow(() -> new AssertionError(module + " has no @SpringBootApplication class"));
                Matcher m = pkg.matcher(read(application));
                String simpleName = application.getFileName().toString().replace(".java", "");
                return m.find() ? m.group(1) + "." + simpleName : simpleName;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return module;
        }
    }

    /** A new service adds its line here, as it adds its jib-maven-plugin block and port to its pom. */
    static final List<Service> ALL = List.of(
            new Service("gateway", 8080),
            new Service("auth-service", 8081),
            new Service("feed-service", 8082),
            new Service("dm-service", 8083),
            new Service("server-service", 8084),
            new Service("realtime-service", 8085),
            new Service("live-service", 8086),
            new Service("notification-service", 8087),
            new Service("search-service", 8088),
            new Service("media-service", 8089));

    private ServiceImages() {
    }

    /** The repository root: the deploy module's tests run in {@code deploy/}. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        return Files.isDirectory(dir.resolve("image-base")) ? dir : dir.getParent();
    }

    /** The root pom's version: every image is tagged and labelled with it. */
    static String projectVersion() {
        try {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(root().resolve("pom.xml").toFile()).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeName().equals("version")) {
                    return child.getTextContent().trim();
                }
            }
            throw new AssertionError("the root pom has no <version>");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
