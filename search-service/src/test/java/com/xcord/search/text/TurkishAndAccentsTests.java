package com.xcord.search.text;

import com.xcord.search.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turkish and accented text through HTTP: dotted and dotless i in any case, Turkish letters with and without their
 * marks, suffixes (the Turkish stem), accents in any language. Each post carries a unique tag so the searches see
 * only this test's posts.
 */
class TurkishAndAccentsTests extends IntegrationTest {

    private String tag;
    private long author;

    @BeforeEach
    void author() {
        tag = unique("t");
        author = people.registered("yazar");
    }

    @ParameterizedTest(name = "{1} finds \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "İstanbul'da buluşalım   | istanbul",
            "İstanbul'da buluşalım   | ISTANBUL",
            "İstanbul'da buluşalım   | ıstanbul",
            "istanbuldan geldim      | İstanbul",
            "ISTANBUL                | istanbul",
            "kitapları okudum        | kitap",
            "bir kitap               | kitaplar",
            "çocuklarımız geldi      | çocuk",
            "Şehir merkezi           | sehir",
            "sehir merkezi           | şehir",
            "güzel bir gün           | guzel",
            "café au lait            | cafe",
            "cafe au lait            | café",
            "Zoë and Chloé           | zoe",
            "naïve façade            | facade",
    })
    void findsAcrossCaseAccentsAndSuffixes(String content, String query) {
        long post = feed.post(author, content + " " + tag);

        assertThat(searches.ids(author, query.strip() + " " + tag, "post")).containsExactly(id(post));
    }

    @Test
    void phrasesAndExclusionsWork() {
        long phrase = feed.post(author, "çok güzel bir gün " + tag);
        long words = feed.post(author, "gün güzel değil bir " + tag);

        assertThat(searches.ids(author, "\"güzel bir gün\" " + tag, "post")).containsExactly(id(phrase));
        assertThat(searches.ids(author, "güzel " + tag + " -çok", "post")).containsExactly(id(words));
        assertThat(searches.ids(author, "güzel " + tag + " or nothingatall", "post")).hasSize(2);
    }

    @Test
    void theHighlightMarksTheWordAsWrittenAndEscapesTheRest() {
        feed.post(author, "<b>Yarın</b> İstanbul'da & Ankara'da " + tag);

        String highlight = searches.items(author, "/api/v1/search", "q", "istanbul " + tag).get(0)
                .path("highlight").asString();

        // ts_headline drops what its parser reads as tags; everything else is escaped
        assertThat(highlight).contains("<mark>İstanbul</mark>&#39;da").contains("&amp; Ankara")
                .doesNotContain("<b>");
    }

    @Test
    void aLongPostsHighlightIsBounded() {
        String filler = "kelime ".repeat(300);
        feed.post(author, filler + "aranan " + tag + " " + filler);

        String highlight = searches.items(author, "/api/v1/search", "q", "aranan " + tag).get(0)
                .path("highlight").asString();

        assertThat(highlight).contains("<mark>aranan</mark>");
        assertThat(highlight.split(" ").length).isLessThanOrEqualTo(45);
    }

    @Test
    void peopleAreFoundDespiteTyposAndTurkishLetters() {
        String suffix = unique("");
        long alice = people.registered(com.xcord.search.support.Events.nextId(), "alice" + suffix, null);
        long ipek = people.registered(com.xcord.search.support.Events.nextId(), "ipek" + suffix, "İpek Şahin");

        assertThat(best("alce" + suffix)).isEqualTo(id(alice));
        assertThat(best("IPEK" + suffix)).isEqualTo(id(ipek));
        assertThat(best("ıpek" + suffix)).isEqualTo(id(ipek));
        assertThat(best("şahin ipek" + suffix)).isEqualTo(id(ipek));
    }

    /** The best-matching user. */
    private String best(String q) {
        List<String> ids = searches.items(author, "/api/v1/search", "q", q, "type", "user", "sort", "relevance")
                .stream().map(i -> i.path("id").asString()).toList();
        assertThat(ids).as(q).isNotEmpty();
        return ids.get(0);
    }

    @Test
    void serversAreFoundDespiteTypos() {
        String suffix = unique("");
        long owner = people.registered("owner");
        var server = servers.create(owner, "Kahve Sohbetleri " + suffix);

        assertThat(searches.ids(owner, "kahev sohbet" + suffix, "server")).containsExactly(id(server.id()));
    }
}
