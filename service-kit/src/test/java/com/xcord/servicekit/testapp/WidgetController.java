package com.xcord.servicekit.testapp;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1")
class WidgetController {

    record CreateWidget(@NotBlank @Size(max = 50) String name, @Size(max = 200) String description,
            @Pattern(regexp = "(?i)red|blue") String color) {
    }

    record Part(String text) {
    }

    /** Strings at every depth: in a list of objects, in a map's values and keys. */
    record Assembly(String name, List<Part> parts, Map<String, String> labels) {
    }

    enum Shade { LIGHT, DARK }

    /** A field of every JSON type a request takes, for the binding rules. */
    record Spec(String name, int count, Boolean active, Double weight, Shade shade, List<Part> parts) {
    }

    private final Widgets widgets;
    private final JdbcTemplate jdbc;

    WidgetController(Widgets widgets, JdbcTemplate jdbc) {
        this.widgets = widgets;
        this.jdbc = jdbc;
    }

    @Operation(summary = "Create a widget")
    @ApiResponse(responseCode = "201", description = "The new widget")
    @PostMapping("/widgets")
    ResponseEntity<Widgets.WidgetView> create(@Valid @RequestBody CreateWidget request, CurrentUser user) {
        Widgets.WidgetView view = widgets.create(user.id(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/widgets/" + view.id())).body(view);
    }

    @PostMapping("/widgets/conflict")
    void createThenConflict(@Valid @RequestBody CreateWidget request, CurrentUser user) {
        widgets.createThenConflict(user.id(), request.name());
    }

    /** Swallows a failure of a transactional call: the shared transaction is rollback-only. */
    @PostMapping("/widgets/swallowed")
    ResponseEntity<Map<String, String>> swallowed(@Valid @RequestBody CreateWidget request, CurrentUser user) {
        try {
            widgets.createThenConflict(user.id(), request.name());
        } catch (RuntimeException ignored) {
            // the caller thinks it recovered
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("status", "looks fine"));
    }

    @Operation(summary = "Get a widget")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such widget")
    @GetMapping("/widgets/{id}")
    Widgets.WidgetView get(@PathVariable long id) {
        List<Widgets.WidgetView> found = jdbc.query("SELECT id, owner_id, name FROM widget WHERE id = ?",
                (rs, n) -> new Widgets.WidgetView(Ids.format(rs.getLong(1)), Ids.format(rs.getLong(2)),
                        rs.getString(3)), id);
        if (found.isEmpty()) {
            throw new NotFoundException("No such widget");
        }
        return found.get(0);
    }

    @GetMapping("/widgets")
    CursorPage<Widgets.WidgetView> list(PageQuery page, CurrentUser user) {
        List<Widgets.WidgetView> rows = jdbc.query("""
                SELECT id, owner_id, name FROM widget WHERE owner_id = ? AND (?::bigint IS NULL OR id < ?)
                ORDER BY id DESC LIMIT ?""",
                (rs, n) -> new Widgets.WidgetView(Ids.format(rs.getLong(1)), Ids.format(rs.getLong(2)),
                        rs.getString(3)), user.id(), page.before(), page.before(), page.fetchSize());
        return CursorPage.of(rows, page.limit(), w -> Ids.parse(w.id()));
    }

    @GetMapping("/widgets/count")
    Map<String, Object> count(@RequestParam @Max(1000) int max, CurrentUser user) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM widget WHERE owner_id = ?", Integer.class, user.id());
        return Map.of("count", Math.min(n, max));
    }

    @PostMapping("/widgets/assemblies")
    Assembly assemble(@RequestBody Assembly assembly) {
        return assembly;
    }

    @PostMapping("/widgets/specs")
    Spec spec(@RequestBody Spec spec) {
        return spec;
    }

    @GetMapping("/widgets/named/{name}")
    Map<String, String> named(@PathVariable String name, @RequestParam(required = false) String note) {
        return Map.of("name", name, "note", String.valueOf(note));
    }

    @GetMapping("/me")
    Map<String, String> me(CurrentUser user) {
        return Map.of("id", Ids.format(user.id()), "sessionId", Ids.format(user.sessionId()));
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException("SELECT secret FROM credentials failed at org.example.Dao");
    }

    @PostMapping("/widgets/duplicate-name")
    void duplicate(CurrentUser user) {
        jdbc.update("INSERT INTO widget (id, owner_id, name) VALUES (1, ?, 'dup') ON CONFLICT DO NOTHING", user.id());
        jdbc.update("INSERT INTO widget (id, owner_id, name) VALUES (2, ?, 'dup')", user.id());
    }

    @GetMapping("/public/ping")
    Map<String, String> ping() {
        return Map.of("pong", "true");
    }
}
