package com.xcord.servicekit.test.openapi;

import com.xcord.servicekit.test.Api;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's OpenAPI document, fetched from the running service and held to the project's
 * documentation rules (docs/conventions.md, "OpenAPI"), including the one that keeps it honest:
 * every status the module's tests observed an operation answer is documented for it.
 */
public final class OpenApiContract {

    /** The {@code @Order} of a module's document test: after every test whose requests it checks. */
    public static final int LAST = Integer.MAX_VALUE;

    /** Where the document is written for Spectral. */
    public static final Path OUTPUT = Path.of("target", "openapi.json");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    /** One documented operation. */
    public record Operation(String method, String path, JsonNode node) {

        public String id() {
            return node.path("operationId").asString();
        }

        public boolean isPublic() {
            return node.has("security") && node.path("security").isEmpty();
        }

        public Set<String> statuses() {
            return new TreeSet<>(node.path("responses").propertyNames());
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonNode document;
    private final List<Operation> operations;

    private OpenApiContract(JsonNode document) {
        this.document = document;
        List<Operation> all = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                all.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
            }
        }));
        this.operations = List.copyOf(all);
    }

    /** A document read elsewhere. */
    public static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    /** {@code GET /v3/api-docs} of the service on this port, also written to {@link #OUTPUT}. */
    public static OpenApiContract fetch(int port) {
        Api.Response response = new Api(port).get("/v3/api-docs").send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        try {
            Files.createDirectories(OUTPUT.getParent());
            Files.writeString(OUTPUT, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OpenApiContract(response.body());
    }

    public JsonNode document() {
        return document;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Title, project version, description, and the bearer scheme required by default. */
    public OpenApiContract assertDescribesTheService(String title) {
        JsonNode info = document.path("info");
        assertThat(info.path("title").asString()).isEqualTo(title);
        assertThat(info.path("version").asString()).as("the project version").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.path("description").asString()).isNotBlank();
        JsonNode bearer = document.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        return this;
    }

    /** Exactly these operations ({@code "POST /api/v1/auth/login"}) need no token. */
    public OpenApiContract assertPublicOperations(String... expected) {
        assertThat(operations.stream().filter(Operation::isPublic).map(Operation::toString))
                .containsExactlyInAnyOrder(expected);
        return this;
    }

    /**
     * Every operation: an id, a summary, a described tag, a success status, its errors as
     * problem+json (401 unless public, 400 when it takes input, 413/415 with a body) and
     * {@code Idempotency-Key} on authenticated POSTs.
     */
    public OpenApiContract assertEveryOperationDocumented() {
        Set<String> tags = new TreeSet<>();
        document.path("tags").forEach(tag -> {
            assertThat(tag.path("description").asString()).as("description of tag %s", tag.path("name")).isNotBlank();
            tags.add(tag.path("name").asString());
        });
        for (Operation op : operations) {
            String at = op.toString();
            assertThat(op.id()).as("operationId of %s", at).isNotBlank();
            assertThat(op.node().path("summary").asString()).as("summary of %s", at).isNotBlank();
            assertThat(op.node().path("tags").valueStream().map(JsonNode::asString)).as("tags of %s", at)
                    .isNotEmpty().allMatch(tags::contains);
            assertThat(op.statuses()).as("success status of %s", at).anyMatch(s -> s.startsWith("2"));
            boolean takesInput = op.node().has("requestBody") || !op.node().path("parameters").isEmpty();
            if (takesInput) {
                assertThat(op.statuses()).as("statuses of %s", at).contains("400");
            }
            if (op.node().has("requestBody")) {
                assertThat(op.statuses()).as("statuses of %s", at).contains("413", "415");
            }
            if (op.isPublic()) {
                // a public operation may answer 401 for its own reason (wrong password), never "token required"
                assertThat(op.node().path("responses").path("401").path("$ref").asString(""))
                        .as("401 of public %s", at).isNotEqualTo("#/components/responses/Unauthorized");
            } else {
                assertThat(op.statuses()).as("statuses of %s", at).contains("401");
            }
            if (!op.isPublic() && op.method().equals("post")) {
                assertThat(op.node().path("parameters").toString()).as("parameters of %s", at)
                        .contains("#/components/parameters/IdempotencyKey");
            }
            op.statuses().stream().filter(s -> s.compareTo("400") >= 0).forEach(status ->
                    assertThat(resolve(op.node().path("responses").path(status)).path("content")
                            .path("application/problem+json").path("schema").path("$ref").asString())
                            .as("%s answers %s as a problem", at, status)
                            .isEqualTo("#/components/schemas/Problem"));
        }
        return this;
    }

    /**
     * Every file in {@code openapi/examples/} names an operation of the document, and only
     * request bodies and statuses that operation has (a renamed operation must not silently lose
     * its examples).
     */
    public OpenApiContract assertExamplesBelongToOperations() {
        Map<String, Operation> byId = new LinkedHashMap<>();
        operations.forEach(op -> byId.put(op.id(), op));
        for (Map.Entry<String, JsonNode> example : exampleFiles().entrySet()) {
            Operation op = byId.get(example.getKey());
            assertThat(op).as("operation of openapi/examples/%s.json", example.getKey()).isNotNull();
            if (example.getValue().has("request")) {
                assertThat(op.node().path("requestBody").path("content").toString())
                        .as("request example of %s", op).contains("\"example\"");
            }
            example.getValue().path("responses").propertyNames().forEach(status ->
                    assertThat(op.node().path("responses").path(status).path("content").toString())
                            .as("%s example of %s", status, op).contains("\"example\""));
        }
        return this;
    }

    /**
     * The point of it all: every (operation, status) that a request in this JVM produced is
     * documented. Requests that match no documented operation (unknown routes, wrong methods,
     * actuator) are not the document's business.
     */
    public OpenApiContract assertObservedStatusesDocumented() {
        return assertStatusesDocumented(ObservedExchanges.all());
    }

    /** {@link #assertObservedStatusesDocumented()} for these exchanges. */
    public OpenApiContract assertStatusesDocumented(List<ObservedExchanges.Exchange> exchanges) {
        Map<String, Map<String, String>> undocumented = new TreeMap<>();
        Map<Operation, Set<String>> observed = new LinkedHashMap<>();
        for (ObservedExchanges.Exchange exchange : exchanges) {
            Optional<Operation> match = operationOf(exchange);
            if (match.isEmpty()) {
                continue;
            }
            Operation op = match.get();
            String status = String.valueOf(exchange.status());
            observed.computeIfAbsent(op, o -> new TreeSet<>()).add(status);
            if (!op.statuses().contains(status) && !op.statuses().contains("default")) {
                undocumented.computeIfAbsent(op + " documents " + op.statuses() + " but answered",
                        k -> new TreeMap<>()).putIfAbsent(status, "e.g. " + exchange.method() + " " + exchange.path());
            }
        }
        observed.forEach((op, statuses) -> op.statuses().stream()
                .filter(s -> s.startsWith("2") && !statuses.contains(s))
                .forEach(s -> System.out.println("[openapi] " + op + ": documented " + s + " was not observed by "
                        + "the tests in this run (observed " + statuses + ")")));
        System.out.printf("[openapi] %s: %d operations, %d with a summary, %d with error responses; %d requests "
                        + "checked against %d operations%n", document.path("info").path("title").asString(),
                operations.size(),
                operations.stream().filter(op -> !op.node().path("summary").asString().isBlank()).count(),
                operations.stream().filter(op -> op.statuses().stream().anyMatch(s -> s.compareTo("400") >= 0))
                        .count(),
                exchanges.size(), observed.size());
        assertThat(undocumented).as("statuses the tests observed that the OpenAPI document does not declare "
                + "(document them with @ProblemResponse / @ApiResponse, see docs/conventions.md)").isEmpty();
        return this;
    }

    /** The Spring pattern when MVC matched one, else the most specific documented template. */
    private Optional<Operation> operationOf(ObservedExchanges.Exchange exchange) {
        String method = exchange.method().toLowerCase();
        if (exchange.pattern() != null) {
            return operations.stream()
                    .filter(op -> op.method().equals(method) && op.path().equals(exchange.pattern()))
                    .findFirst();
        }
        return operations.stream()
                .filter(op -> op.method().equals(method) && template(op.path()).matcher(exchange.path()).matches())
                .min(Comparator.comparingLong((Operation op) -> op.path().chars().filter(c -> c == '{').count())
                        .thenComparing(op -> -op.path().length()));
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static Map<String, JsonNode> exampleFiles() {
        Map<String, JsonNode> files = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:openapi/examples/*.json")) {
                String name = Objects.requireNonNull(file.getFilename());
                try (InputStream in = file.getInputStream()) {
                    files.put(name.substring(0, name.length() - ".json".length()), Api.JSON.readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
