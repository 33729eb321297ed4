package com.xcord.search.support;

import com.xcord.servicekit.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

import static com.xcord.servicekit.id.Ids.format;

/** service-kit's {@link ServiceIntegrationTest} in search-service's context, with the producers as fixtures. */
@SearchServiceTest
public abstract class IntegrationTest extends ServiceIntegrationTest {

    protected People people;
    protected Servers servers;
    protected Conversations conversations;
    protected Feed feed;
    protected Searches searches;

    @BeforeEach
    void fixtures() {
        Events events = new Events(ProducerEvents.shared(kafka), db);
        people = new People(events);
        servers = new Servers(events);
        conversations = new Conversations(events);
        feed = new Feed(events);
        searches = new Searches(api);
    }

    /** An id as the API writes it. */
    protected static String id(long id) {
        return format(id);
    }

    /** A word no other test uses, so each test's searches see only its own content. */
    protected static String unique(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
