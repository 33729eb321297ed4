package com.xcord.server.support;

import com.xcord.events.EventCodec;
import com.xcord.servicekit.test.Problems;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.TestMedia;
import com.xcord.servicekit.test.TestTokens;
import com.xcord.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.Map;
import java.util.function.Function;

import static com.xcord.servicekit.test.Problems.assertProblem;

/** What every HTTP test of this module has at hand: the client, the fixtures, the database. */
@ServerServiceTest
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient db;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private EventCodec codec;

    protected Api api;
    protected Fixtures fixtures;
    /** Users announced by auth-service's events, as the user projection learns them. */
    protected AuthUsers users;

    @BeforeEach
    void client() {
        api = new Api(port);
        fixtures = new Fixtures(api);
        users = new AuthUsers(kafka, codec, db);
    }

    private TestMedia media;

    /** Media as media-service announces it (ready, failed, deleted), once this service's projection has it. */
    protected TestMedia media() {
        if (media == null) {
            media = new TestMedia(TestInfrastructure.shared().kafka().bootstrapServers(), db);
        }
        return media;
    }

    @AfterEach
    void closeMedia() {
        if (media != null) {
            media.close();
        }
    }

    protected long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    /** No token, a garbage token and an expired one: all 401. */
    protected void assertNeedsToken(Function<Api, Api.Call> call) {
        assertProblem(call.apply(api).send(), 401);
        assertProblem(call.apply(api).token("not-a-jwt").send(), 401);
        assertProblem(call.apply(api).token(TestTokens.expired(42)).send(), 401);
    }

    protected static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
