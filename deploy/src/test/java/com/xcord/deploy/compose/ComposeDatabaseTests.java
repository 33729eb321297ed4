package com.xcord.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.guard.DeployableModules;
import com.xcord.deploy.guard.LauncherCatalog;
import com.xcord.deploy.guard.Repository;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** One role and schema per service (DESIGN §2), the same as {@code ./xcord up} makes (devstack's DatabaseRoles). */
class ComposeDatabaseTests {

    private static final String ROLES_JOB = "db-roles";
    private static final String SCRIPT = "deploy/compose/postgres/create-service-roles.sh";

    private final ComposeFile compose = ComposeFile.load();
    private final List<String> modules = DeployableModules.find();

    @Test
    void eachServiceConnectsAsItsOwnRoleToItsOwnSchema() {
        for (String module : modules) {
            Optional<String> schema = LauncherCatalog.entry(module).schema();
            Map<String, String> env = compose.environment(module);
            if (schema.isEmpty()) {
                assertThat(env).as("%s owns no schema in devstack's ServiceCatalog, so no datasource", module)
                        .doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
                continue;
            }
            assertThat(env).as("datasource of %s", module)
                    .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/xcord?currentSchema=" + schema.get())
                    .containsEntry("SPRING_DATASOURCE_USERNAME", schema.get())
                    .containsEntry("SPRING_DATASOURCE_PASSWORD", requiredVariable(passwordVariable(schema.get())));
        }
    }

    @Test
    void noTwoServicesShareADatabaseRole() {
        Map<String, String> serviceByRole = new HashMap<>();
        for (String service : compose.serviceNames()) {
            String role = compose.environment(service).get("SPRING_DATASOURCE_USERNAME");
            if (role != null) {
                String other = serviceByRole.put(role, service);
                assertThat(other).as("database role %s is used by %s and by %s", role, other, service).isNull();
            }
        }
    }

    @Test
    void theRolesJobCreatesExactlyTheRolesTheServicesUse() {
        Set<String> used = new TreeSet<>();
        for (String service : compose.serviceNames()) {
            Optional.ofNullable(compose.environment(service).get("SPRING_DATASOURCE_USERNAME")).ifPresent(used::add);
        }
        Map<String, String> jobEnv = compose.environment(ROLES_JOB);
        Set<String> created = new TreeSet<>(Arrays.asList(jobEnv.getOrDefault("XCORD_DB_ROLES", "").trim().split("\\s+")));

        assertThat(created).as("XCORD_DB_ROLES of %s vs. the roles the services connect as", ROLES_JOB).isEqualTo(used);
        for (String role : created) {
            // the job sets the password the service logs in with: the same variable of .env
            assertThat(jobEnv).as("%s's password for role %s", ROLES_JOB, role)
                    .containsEntry(passwordVariable(role), requiredVariable(passwordVariable(role)));
        }
        assertThat(Repository.read(SCRIPT)).as("%s creates a role for each of XCORD_DB_ROLES", SCRIPT)
                .contains("for role in $XCORD_DB_ROLES")
                .contains("CREATE ROLE %I")
                .contains("CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I");
    }

    @Test
    void theRolesJobCreatesTheExtensionsTheLauncherCreates() {
        Map<String, String> jobEnv = compose.environment(ROLES_JOB);
        for (String module : modules) {
            LauncherCatalog.Entry entry = LauncherCatalog.entry(module);
            entry.schema().ifPresent(schema -> {
                String variable = "XCORD_DB_EXTENSIONS_" + schema.toUpperCase();
                if (entry.extensions().isEmpty()) {
                    assertThat(jobEnv).as("extensions of %s", schema).doesNotContainKey(variable);
                } else {
                    assertThat(jobEnv).as("extensions of %s", schema).containsEntry(variable, String.join(" ", entry.extensions()));
                }
            });
        }
    }

    @Test
    void theRolesJobRunsOnceThePostgresIsHealthyAndServicesWaitForIt() {
        assertThat(compose.dependsOn(ROLES_JOB)).containsEntry("postgres", "service_healthy");
        assertThat(compose.service(ROLES_JOB)).as("a one-shot job").doesNotContainKey("restart");
        assertThat(compose.service(ROLES_JOB).get("volumes").toString()).contains("./" + SCRIPT + ":");
    }

    static String passwordVariable(String role) {
        return "XCORD_DB_PASSWORD_" + role.toUpperCase();
    }

    private static String requiredVariable(String name) {
        return "${" + name + ":?set " + name + " in .env}";
    }
}
