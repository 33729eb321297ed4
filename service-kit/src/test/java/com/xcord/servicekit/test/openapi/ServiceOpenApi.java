package com.xcord.servicekit.test.openapi;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service's OpenAPI document held to docs/conventions.md ("OpenAPI"), and written to
 * {@code target/openapi.json} for Spectral. A service's {@code OpenApiDocumentTests} extends this
 * with its test annotation and runs after every other test class of the module, because it
 * checks the statuses they observed:
 * <pre>
 * &#64;DmServiceTest
 * &#64;Order(OpenApiContract.LAST)
 * class OpenApiDocumentTests extends ServiceOpenApi {
 *     OpenApiDocumentTests() { super("XCORD dm-service"); }
 * }
 * </pre>
 */
public abstract class ServiceOpenApi {

    private final String title;
    private final String[] publicOperations;

    @LocalServerPort
    private int port;

    private OpenApiContract contract;

    /**
     * @param title            the document's expected title
     * @param publicOperations the operations that need no token, e.g. {@code "POST /api/v1/auth/login"}
     */
    protected ServiceOpenApi(String title, String... publicOperations) {
        this.title = title;
        this.publicOperations = publicOperations;
    }

    @BeforeEach
    void fetchTheDocument() {
        contract = OpenApiContract.fetch(port);
    }

    @Test
    void describesTheService() {
        contract.assertDescribesTheService(title);
    }

    @Test
    void needsATokenExceptForThePublicPaths() {
        contract.assertPublicOperations(publicOperations);
    }

    @Test
    void documentsEveryOperation() {
        contract.assertEveryOperationDocumented().assertExamplesBelongToOperations();
    }

    @Test
    void documentsEveryStatusTheTestsObserved() {
        contract.assertObservedStatusesDocumented();
    }
}
