package com.xcord.servicekit.openapi;

import com.xcord.servicekit.idempotency.IdempotencyFilter;
import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The parameters the kit resolves for every service: paging and {@code Idempotency-Key}. */
final class SharedParameters {

    static final String LIMIT = "limit";
    static final String BEFORE = "before";
    static final String AFTER = "after";
    static final String AROUND = "around";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final List<String> PAGING = List.of(LIMIT, BEFORE, AFTER, AROUND);

    private static final String PARAMETERS = "#/components/parameters/";

    static String ref(String name) {
        return PARAMETERS + name;
    }

    /** Adds the parameters that {@code referenced} names. */
    static void register(Components components, Set<String> referenced) {
        if (referenced.contains(ref(LIMIT))) {
            components.addParameters(LIMIT, new Parameter().in("query").name(LIMIT).required(false)
                    .description("Items per page.")
                    .schema(Schemas.integer(1).maximum(BigDecimal.valueOf(PageQuery.MAX_LIMIT))
                            ._default(PageQuery.DEFAULT_LIMIT)));
        }
        cursor(components, referenced, BEFORE, "Items older than this id (the previous page's `nextCursor` "
                + "where a list is newest first).");
        cursor(components, referenced, AFTER, "Items newer than this id (the previous page's `nextCursor` "
                + "where a list is oldest first).");
        cursor(components, referenced, AROUND, "Items around this id (message histories). At most one of "
                + "`before`, `after`, `around`.");
        if (referenced.contains(ref(IDEMPOTENCY_KEY))) {
            components.addParameters(IDEMPOTENCY_KEY, new Parameter().in("header").name(IdempotencyFilter.HEADER)
                    .required(false)
                    .description("Makes the request safe to retry: a retry with the same key by the same user "
                            + "within 24 h gets the first answer back (with `Idempotency-Replayed: true`) and "
                            + "changes nothing; the same key with a different request is 422; while the first "
                            + "is still running, 409.")
                    .schema(Schemas.string().minLength(1).maxLength(255))
                    .example("3f1c2b9e-6a47-4d1e-9d0c-2b7f5a8e4c11"));
        }
    }

    private static void cursor(Components components, Set<String> referenced, String name, String description) {
        if (referenced.contains(ref(name))) {
            components.addParameters(name, new Parameter().in("query").name(name).required(false)
                    .description(description)
                    .schema(Schemas.string().pattern("^[0-9]{1,19}$"))
                    .example("1234567890123456789"));
        }
    }

    private SharedParameters() {
    }
}
