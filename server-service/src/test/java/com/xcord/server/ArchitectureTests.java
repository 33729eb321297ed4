package com.xcord.server;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.xcord.server.support.AggregateRoot;
import com.xcord.servicekit.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries of DESIGN §8 (see {@link ServiceArchitecture}; the permission algorithm is the
 * shared module), and this service's own: SQL only in persistence classes, each feature's
 * persistence and aggregates used by that feature alone, and each table written by one feature.
 */
class ArchitectureTests extends ServiceArchitecture {

    /** The feature package that writes each table; every other feature asks it. */
    private static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("servers", "guild"),
            Map.entry("roles", "role"),
            Map.entry("channels", "channel"),
            Map.entry("channel_overwrites", "channel"),
            Map.entry("members", "member"),
            Map.entry("member_roles", "member"),
            Map.entry("bans", "member"),
            Map.entry("invites", "invite"),
            Map.entry("messages", "message"),
            Map.entry("slow_mode_state", "message"),
            Map.entry("known_users", "user"));

    /** A statement that writes a table (upper-case SQL, as this code base writes it; not an upsert's DO UPDATE). */
    private static final Pattern WRITE = Pattern.compile("(?<!DO )\\b(?:INSERT INTO|UPDATE|DELETE FROM)\\s+([a-z_]+)");

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+)");

    /** A class that talks to the database: a {@code @Repository} or a Spring Data repository. */
    private static final DescribedPredicate<JavaClass> PERSISTENCE = DescribedPredicate.describe(
            "persistence classes (@Repository or Spring Data repositories)",
            c -> c.isAnnotatedWith(Repository.class)
                    || c.isAssignableTo(org.springframework.data.repository.Repository.class));

    ArchitectureTests() {
        super("com.xcord.server", "com.xcord.permissions..");
    }

    @Test
    void sqlOnlyInPersistenceClasses() {
        noClasses().that(are(DescribedPredicate.not(PERSISTENCE)))
                .should().dependOnClassesThat(are(assignableTo("org.springframework.jdbc.core.simple.JdbcClient")
                        .or(assignableTo("org.springframework.jdbc.core.JdbcOperations"))
                        .or(assignableTo("org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations"))
                        .or(assignableTo("org.springframework.data.jdbc.core.JdbcAggregateOperations"))
                        .or(assignableTo("javax.sql.DataSource"))
                        .or(assignableTo("java.sql.Connection"))))
                .because("SQL lives in a feature's persistence classes, where the feature that owns the tables is")
                .check(productionClasses());
    }

    @Test
    void persistenceIsUsedOnlyByItsOwnFeature() {
        classes().that(are(PERSISTENCE))
                .should(beUsedOnlyFromTheirOwnPackage())
                .because("another feature asks through the owning feature's public API")
                .check(productionClasses());
    }

    @Test
    void aggregateRootsStayInTheirFeature() {
        classes().that().areAnnotatedWith(AggregateRoot.class)
                .should(beUsedOnlyFromTheirOwnPackage())
                .because("an aggregate's state changes go through its own feature; others hold its id")
                .check(productionClasses());
    }

    @Test
    void eachTableIsWrittenByOneFeature() throws IOException {
        Path sources = Path.of("src/main/java/com/xcord/server");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = sources.relativize(file).getName(0).toString();
                Matcher write = WRITE.matcher(Files.readString(file));
                while (write.find()) {
                    String table = write.group(1);
                    String owner = TABLE_OWNERS.get(table);
                    if (owner != null && !feature.equals(owner)) {
                        violations.add(file + " writes " + table + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertThat(violations).as("writes outside the owning feature").isEmpty();
    }

    @Test
    void everyTableHasAnOwningFeature() throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher create = CREATE_TABLE.matcher(Files.readString(migration));
                while (create.find()) {
                    tables.add(create.group(1));
                }
            }
        }
        assertThat(TABLE_OWNERS).containsOnlyKeys(tables);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getDirectDependenciesToSelf().forEach(dependency -> {
                    if (!dependency.getOriginClass().getPackageName().equals(type.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
