package com.xcord.deploy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No service lands without what deploys it (issue 13): for every deployable module an image (Jib), a docker-compose
 * service, a chart block, a gateway route and a place in the launcher. The failure lists what is missing for which
 * module, so the author of a new service reads the to-do list off it.
 */
class EveryServiceShipsTests {

    static final String COMPOSE = "docker-compose.yml";
    static final String CHART_VALUES = "helm/xcord/values.yaml";
    static final String GATEWAY_CONFIG = "gateway/src/main/resources/application.yml";
    private static final String GATEWAY = "gateway";

    @Test
    void everyDeployableModuleHasAnImageAComposeServiceAChartBlockARouteAndALauncherEntry() {
        List<String> modules = DeployableModules.find();
        Map<String, Object> composeServices = section(load(COMPOSE), "services");
        Map<String, Object> chartServices = section(load(CHART_VALUES), "services");
        Map<String, Object> routes = section(section(section(load(GATEWAY_CONFIG), "xcord"), "gateway"), "services");
        Map<String, LauncherCatalog.Entry> launcher = LauncherCatalog.entries();

        List<String> missing = new ArrayList<>();
        for (String module : modules) {
            String shortName = DeployableModules.shortName(module);
            if (!Pom.read(Repository.file(module + "/pom.xml")).declaresPlugin("jib-maven-plugin")) {
                missing.add(module + ": no jib-maven-plugin in " + module + "/pom.xml (its image)");
            }
            if (!composeServices.containsKey(module)) {
                missing.add(module + ": no service " + module + " in " + COMPOSE);
            }
            if (!chartServices.containsKey(shortName)) {
                missing.add(module + ": no block services." + shortName + " in " + CHART_VALUES);
            }
            if (!module.equals(GATEWAY) && !routes.containsKey(shortName)) {
                missing.add(module + ": no route xcord.gateway.services." + shortName + " in " + GATEWAY_CONFIG);
            }
            if (!launcher.containsKey(module)) {
                missing.add(module + ": no ServiceDefinition for " + module + " in " + LauncherCatalog.SOURCE);
            }
        }
        assertThat(missing).as("what deploys each service (modules: %s); missing", modules).isEmpty();
    }

    @Test
    void everyServiceModuleIsFoundAsDeployable() {
        // the guard above is only as good as the discovery: a *-service module must never slip out of it
        List<String> modules = DeployableModules.find();
        List<String> serviceModules = Pom.read(Repository.file("pom.xml")).modules().stream()
                .filter(module -> module.endsWith("-service") || module.equals(GATEWAY)).toList();
        assertThat(modules).as("deployable modules").contains(GATEWAY).containsAll(serviceModules);
    }

    private static Map<String, Object> load(String relativePath) {
        Path file = Repository.file(relativePath);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Object document = Repository.yaml().load(Repository.read(relativePath));
        return document instanceof Map<?, ?> ? cast(document) : Map.of();
    }

    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof Map<?, ?> child ? cast(child) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
