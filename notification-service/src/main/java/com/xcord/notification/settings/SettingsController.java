package com.xcord.notification.settings;

import com.xcord.notification.inbox.NotificationType;
import com.xcord.servicekit.id.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.xcord.servicekit.id.SnowflakeId;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET|PUT /notifications/settings}: per type in-app and email on/off, per server and per channel a level,
 * {@code suppressEveryone} and a mute. A PUT changes what it names (a type, a server, a channel) and leaves the rest.
 */
@RestController
@RequestMapping("/api/v1/notifications/settings")
@Tag(name = "Settings", description = "What notifies me: per type, per server and per channel; the email digest.")
class SettingsController {

    static final String FOREVER = "forever";

    record TypeSetting(@NotNull Boolean inApp, @NotNull Boolean email) {
    }

    /**
     * @param mutedUntil an ISO-8601 time, {@code forever}, or null (not muted)
     */
    record ScopeSetting(@NotNull @SnowflakeId String id,
            @NotNull @Pattern(regexp = "all|mentions|nothing|inherit", message = "must be all, mentions, nothing or inherit")
            String level,
            Boolean suppressEveryone, String mutedUntil) {
    }

    /** Every part optional: only what is given changes. */
    record SettingsChange(Map<String, @Valid TypeSetting> types, List<@Valid ScopeSetting> servers,
            List<@Valid ScopeSetting> channels, Boolean emailDigest) {
    }

    record SettingsView(Map<String, TypeSetting> types, List<ScopeSetting> servers, List<ScopeSetting> channels,
            boolean emailDigest) {
    }

    private final SettingsRepository repository;

    SettingsController(SettingsRepository repository) {
        this.repository = repository;
    }

    @Operation(operationId = "getNotificationSettings", summary = "Read my notification settings",
            description = "Every type with its in-app and email switch; the servers and channels I set.")
    @GetMapping
    SettingsView get(CurrentUser user) {
        return view(user.id());
    }

    @Operation(operationId = "putNotificationSettings", summary = "Change my notification settings",
            description = "Changes what the body names (types, servers, channels, emailDigest) and keeps the rest."
                    + " A server or channel set back to `inherit` with no mute and no suppressEveryone is forgotten.")
    @PutMapping
    @Transactional
    SettingsView put(CurrentUser user, @RequestBody @Valid SettingsChange change) {
        List<FieldViolation> errors = new ArrayList<>();
        Map<NotificationType, TypeSetting> types = new LinkedHashMap<>();
        if (change.types() != null) {
            change.types().forEach((name, setting) -> NotificationType.fromWire(name).ifPresentOrElse(
                    type -> types.put(type, setting),
                    () -> errors.add(new FieldViolation("types." + name, "unknown notification type"))));
        }
        List<SettingsRepository.ScopeRow> servers = scopes(change.servers(), "servers", errors);
        List<SettingsRepository.ScopeRow> channels = scopes(change.channels(), "channels", errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException("invalid settings", errors);
        }
        types.forEach((type, s) -> repository.putType(user.id(), type, s.inApp(), s.email()));
        servers.forEach(row -> repository.putScope(user.id(), Scope.SERVER, row));
        channels.forEach(row -> repository.putScope(user.id(), Scope.CHANNEL, row));
        if (change.emailDigest() != null) {
            repository.setUnsubscribed(user.id(), !change.emailDigest());
        }
        return view(user.id());
    }

    private static List<SettingsRepository.ScopeRow> scopes(List<ScopeSetting> given, String field,
            List<FieldViolation> errors) {
        List<SettingsRepository.ScopeRow> rows = new ArrayList<>();
        if (given == null) {
            return rows;
        }
        for (int i = 0; i < given.size(); i++) {
            ScopeSetting s = given.get(i);
            Instant until = null;
            boolean forever = FOREVER.equals(s.mutedUntil());
            if (s.mutedUntil() != null && !forever) {
                try {
                    until = Instant.parse(s.mutedUntil());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldViolation(field + "[" + i + "].mutedUntil",
                            "must be an ISO-8601 time, forever or null"));
                    continue;
                }
            }
            rows.add(new SettingsRepository.ScopeRow(Ids.parse(s.id()), Level.fromWire(s.level()).orElseThrow(),
                    Boolean.TRUE.equals(s.suppressEveryone()), until, forever));
        }
        return rows;
    }

    private SettingsView view(long userId) {
        Map<NotificationType, SettingsRepository.TypeRow> stored = repository.typeSettings(userId);
        Map<String, TypeSetting> types = new LinkedHashMap<>();
        for (NotificationType type : NotificationType.values()) {
            SettingsRepository.TypeRow row = stored.get(type);
            types.put(type.wire(), row != null ? new TypeSetting(row.inApp(), row.email())
                    : new TypeSetting(true, type.emailByDefault()));
        }
        return new SettingsView(types, views(repository.scopesOf(userId, Scope.SERVER)),
                views(repository.scopesOf(userId, Scope.CHANNEL)), !repository.unsubscribed(userId));
    }

    private static List<ScopeSetting> views(List<SettingsRepository.ScopeRow> rows) {
        return rows.stream().map(r -> new ScopeSetting(Ids.format(r.scopeId()), r.level().wire(), r.suppressEveryone(),
                r.mutedForever() ? FOREVER : r.mutedUntil() == null ? null : r.mutedUntil().toString())).toList();
    }
}
