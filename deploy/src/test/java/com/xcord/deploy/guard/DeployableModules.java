package com.xcord.deploy.guard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The deployable services, found rather than listed, so that a new one is checked the day it lands: a module of the
 * root pom that packages a Spring Boot application ({@code spring-boot-maven-plugin}), except the tools that do too.
 */
public final class DeployableModules {

    /** Spring Boot applications that are not deployed: the launcher, the fleet's end-to-end and load tests, this module. */
    static final Set<String> TOOLS = Set.of("devstack", "e2e-tests", "loadtest", "deploy");

    private static final String SUFFIX = "-service";

    private DeployableModules() {
    }

    /** In the root pom's order. */
    public static List<String> find() {
        Path root = Repository.root();
        return Pom.read(root.resolve("pom.xml")).modules().stream()
                .distinct()
                .filter(module -> !TOOLS.contains(module))
                .filter(module -> Files.isRegularFile(root.resolve(module).resolve("pom.xml")))
                .filter(module -> Pom.read(root.resolve(module).resolve("pom.xml")).declaresPlugin("spring-boot-maven-plugin"))
                .toList();
    }

    /** The chart's and the gateway's name for a module: {@code feed-service} → {@code feed}, {@code gateway} → {@code gateway}. */
    public static String shortName(String module) {
        return module.endsWith(SUFFIX) ? module.substring(0, module.length() - SUFFIX.length()) : module;
    }
}
