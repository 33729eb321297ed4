package com.xcord.search;

import com.xcord.search.support.IntegrationTest;
import com.xcord.search.support.Servers.Server;
import com.xcord.testkit.PrometheusScrape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/prometheus} after real indexing and searches: the kit's defaults, the search metrics operators
 * watch (docs/conventions.md "Metrics"), and no id or query text in any tag.
 */
class MetricsTests extends IntegrationTest {

    @Test
    void indexLagAndQueryTimesAreExportedWithoutUnboundedTags() {
        String word = unique("w");
        long owner = people.registered("owner");
        Server server = servers.create(owner, "guild");
        servers.message(server, server.general(), owner, word);
        long conversation = conversations.open(owner, people.registered("friend"));
        conversations.send(conversation, owner, word, owner);
        feed.post(owner, word);
        for (String type : new String[] {"all", "message", "dm", "post", "user", "server"}) {
            searches.items(owner, "/api/v1/search", "q", word + " " + unique("x"), "type", type);
        }

        PrometheusScrape scrape = PrometheusScrape.of("http://localhost:" + port + "/actuator/prometheus");

        assertThat(scrape.samples()).allSatisfy(s -> assertThat(s.labels()).containsEntry("application",
                "search-service"));
        for (String source : new String[] {"server", "dm", "feed"}) {
            assertThat(scrape.value("xcord_search_index_lag_seconds_count", "source", source)).isPositive();
        }
        assertThat(scrape.find("xcord_search_index_lag_seconds_bucket", "source", "server"))
                .extracting(s -> s.labels().get("le")).contains("1.0");
        assertThat(scrape.value("xcord_search_query_seconds_count", "types", "several", "sort", "recent"))
                .isPositive();
        assertThat(scrape.value("xcord_search_query_seconds_count", "types", "message", "sort", "recent"))
                .isPositive();
        assertThat(scrape.find("xcord_consumer_dead_letters_total", "topic", "xcord.server.events")).isNotEmpty();
        assertThat(scrape.unboundedLabels("node_id")).isEmpty();
    }
}
