package com.xcord.servicekit.testapp;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.outbox.Outbox;
import com.xcord.servicekit.web.ConflictException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The test service's use cases: each writes state and its event in one transaction. */
@Service
public class Widgets {

    private final JdbcTemplate jdbc;
    private final SnowflakeIds ids;
    private final Outbox outbox;
    private final Gate gate;

    Widgets(JdbcTemplate jdbc, SnowflakeIds ids, Outbox outbox, Gate gate) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.outbox = outbox;
        this.gate = gate;
    }

    @Transactional
    public WidgetView create(long ownerId, String name) {
        long id = ids.next();
        jdbc.update("INSERT INTO widget (id, owner_id, name) VALUES (?, ?, ?)", id, ownerId, name);
        outbox.publish(WidgetEvents.CREATED, Ids.format(id), new WidgetEvents.WidgetCreated(Ids.format(id), name));
        gate.passIfNamed(name);
        return new WidgetView(Ids.format(id), Ids.format(ownerId), name);
    }

    /** Writes, then refuses: the write must be rolled back. */
    @Transactional
    public void createThenConflict(long ownerId, String name) {
        create(ownerId, name);
        throw new ConflictException("refused after writing");
    }

    /** Next event of a subject; the counter row lock orders committers of one subject. */
    @Transactional
    public long bump(String subject) {
        Long seq = jdbc.queryForObject("""
                INSERT INTO widget_counter (subject, n) VALUES (?, 1)
                ON CONFLICT (subject) DO UPDATE SET n = widget_counter.n + 1 RETURNING n""", Long.class, subject);
        outbox.publish(WidgetEvents.BUMPED, subject, new WidgetEvents.WidgetBumped(subject, seq));
        return seq;
    }

    public record WidgetView(String id, String ownerId, String name) {
    }
}
