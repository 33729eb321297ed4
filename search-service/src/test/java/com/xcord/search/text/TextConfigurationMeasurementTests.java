package com.xcord.search.text;

import com.xcord.search.support.SearchServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement behind the choice of {@code xcord_text} (README "Turkish and accents"): the same query/document
 * pairs through PostgreSQL's {@code simple} + {@code unaccent} and through {@code xcord_text} (unaccent, then
 * Snowball's Turkish stem). Prints the table; asserts what the choice rests on.
 */
@SearchServiceTest
class TextConfigurationMeasurementTests {

    /** query | document | should match (a Turkish speaker's expectation). */
    private static final List<String[]> CASES = List.of(
            new String[] {"istanbul", "İstanbul'a gidiyorum", "yes"},
            new String[] {"ıstanbul", "ISTANBUL", "yes"},
            new String[] {"istanbul", "istanbuldan geldim", "yes"},
            new String[] {"kitap", "kitapları okudum", "yes"},
            new String[] {"kitaplar", "bir kitap", "yes"},
            new String[] {"çocuk", "çocuklarımız", "yes"},
            new String[] {"ev", "evlerimizden", "yes"},
            new String[] {"şehir", "sehir merkezi", "yes"},
            new String[] {"cafe", "café au lait", "yes"},
            new String[] {"gül", "güller", "yes"},
            new String[] {"meeting", "meetings tomorrow", "yes"},
            new String[] {"deploy", "deployment failed", "yes"},
            new String[] {"new", "news today", "no"},
            new String[] {"kar", "kardeş", "no"},
            new String[] {"an", "and", "no"});

    @Autowired
    private JdbcClient db;

    @BeforeAll
    static void note() {
        System.out.println("query | document | expected | simple+unaccent | xcord_text");
    }

    @Test
    void turkishStemmingFindsSuffixedFormsThatSimpleMisses() {
        db.sql("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'measure_simple_unaccent') THEN
                    CREATE TEXT SEARCH CONFIGURATION measure_simple_unaccent (COPY = simple);
                    ALTER TEXT SEARCH CONFIGURATION measure_simple_unaccent
                      ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart
                      WITH unaccent, simple;
                  END IF;
                END $$""").update();
        int simpleRight = 0;
        int chosenRight = 0;
        int expectedMatches = 0;
        int chosenMatchesOfExpected = 0;
        for (String[] c : CASES) {
            boolean simple = matches("measure_simple_unaccent", c[0], c[1]);
            boolean chosen = matches("xcord_text", c[0], c[1]);
            boolean expected = c[2].equals("yes");
            simpleRight += simple == expected ? 1 : 0;
            chosenRight += chosen == expected ? 1 : 0;
            expectedMatches += expected ? 1 : 0;
            chosenMatchesOfExpected += expected && chosen ? 1 : 0;
            System.out.printf("%s | %s | %s | %s | %s%n", c[0], c[1], c[2], simple, chosen);
        }
        System.out.printf("right: simple+unaccent %d/%d, xcord_text %d/%d%n", simpleRight, CASES.size(), chosenRight,
                CASES.size());
        assertThat(chosenRight).isGreaterThan(simpleRight);
        // every Turkish suffix case; misses: gül/güller (unaccent runs before the stem), English plurals and -ment
        assertThat(chosenMatchesOfExpected).isEqualTo(expectedMatches - 3);
        assertThat(matches("xcord_text", "new", "news today")).isFalse();
    }

    private boolean matches(String config, String query, String document) {
        return db.sql("SELECT to_tsvector(CAST(:config AS regconfig), :document)"
                        + " @@ websearch_to_tsquery(CAST(:config AS regconfig), :query)")
                .param("config", config)
                .param("document", document)
                .param("query", query)
                .query(Boolean.class)
                .single();
    }
}
