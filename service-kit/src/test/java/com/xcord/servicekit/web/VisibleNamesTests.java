package com.xcord.servicekit.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The visible-name rule: which names pass, which are refused and why, and the normal form they are stored in. */
class VisibleNamesTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "Alice", "Zoë Ångström", "名前", "Ελένη", "Алиса", "אליס", "مریم", "a b", "a\u00A0b", "Dr. Who?",
            "😀", "👍🏽", "👨\u200D👩\u200D👧", "❤\uFE0F\u200D🔥", "🏳\uFE0F\u200D🌈", "👩🏽\u200D💻", "🏴\u200D☠\uFE0F",
            "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", // Scotland's flag
            "1\uFE0F\u20E3", "#\uFE0F\u20E3", "©\uFE0F", "‼\uFE0F", "ℹ\uFE0F", "☺\uFE0E",
            "\uD83E\uDEE0", // 🫠 (Unicode 14, newer than JDK 17's tables) is still a pictograph
            "\uD83E\uDEF1\u200D\uD83E\uDEF2", // 🫱‍🫲: ZWJ between two such
            "می\u200Cخواهم", // Persian: a ZWNJ between two Arabic letters
            "क्\u200Dष", // Devanagari: a ZWJ after a virama
            "葛\uDB40\uDD00", // an ideographic variation sequence
            "ᠠ\u180B", // a Mongolian free variation selector
            "x\u0301", // NFC has no precomposed x-acute to fold this mark into, so it stays
            "a\u2800b"}) // a braille blank inside a name is visible space
    void acceptsNamesThatShowWhatTheyHold(String name) {
        assertThat(VisibleNames.problem(name)).as(codes(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\u202Eadmin", "ad\u202Amin", "ad\u202Bmin", "ad\u202Cmin", "ad\u202Dmin", // bidi embeddings, overrides
            "ad\u2066min", "ad\u2067min", "ad\u2068min", "ad\u2069min", // bidi isolates
            "ad\u200Emin", "ad\u200Fmin", "ad\u061Cmin", // bidi marks
            "ad\u200Bmin", "ad\u200Cmin", "ad\u200Dmin", "ad\uFEFFmin", "ad\u2060min", "ad\u2061min", "ad\u2064min",
            "ad\u180Emin", "ad\u00ADmin", "ad\u034Fmin", // zero-width and invisible format
            "ad\u115Fmin", "ad\u1160min", "ad\u3164min", "ad\uFFA0min", "\u3164", // Hangul fillers
            "ad\u17B4min", "ad\u2065min", "ad\uFFF0min", // other default-ignorables, reserved ones too
            "ad\tmin", "ad\nmin", "ad\u0007min", "ad\u0085min", "ad\u2028min", "ad\u2029min", // controls, separators
            "admin\uFE0F", "admin\uFE0E", "ad\uFE00min", "admin\uDB40\uDD00", "1\uFE0F", // selectors without their base
            "admin\uDB40\uDC61", "🏴\uDB40\uDC67\uDB40\uDC62", "a\uDB40\uDC7F", "\uDB40\uDC01admin", // stray tags
            "👨\u200D", "\u200D👨", "a\u200D👨", "👨\u200Da", "ab\u200Ccd", "a\u200Cب", // joiners that join nothing
            "\uD800admin"}) // an unpaired surrogate
    void refusesInvisibleCharacters(String name) {
        assertThat(VisibleNames.problem(name)).as(codes(name)).contains(VisibleNames.INVISIBLE);
    }

    @Test
    void refusesALeadingCombiningMark() {
        assertThat(VisibleNames.problem("\u0301admin")).contains(VisibleNames.LEADING_MARK);
        assertThat(VisibleNames.problem("\u20DDa")).contains(VisibleNames.LEADING_MARK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "e\u0301|é", "A\u030A|Å", "'  Alice  '|Alice", "'\u00A0Alice\u3000'|Alice", "'\u2800\u2800x\u2800'|x",
            "'\u00A0 \u2800'|''", "''|''"})
    void normalizesToNfcWithoutSurroundingBlanks(String raw, String normalized) {
        assertThat(VisibleNames.normalize(raw)).isEqualTo(normalized);
        assertThat(VisibleNames.problem(normalized)).isEmpty();
    }

    @Test
    void refusesANameNobodyNormalized() {
        assertThat(VisibleNames.normalize(null)).isNull();
        assertThat(VisibleNames.problem(null)).isEmpty();
        assertThat(VisibleNames.problem("e\u0301")).contains(VisibleNames.NOT_NORMALIZED);
        assertThat(VisibleNames.problem(" Alice")).contains(VisibleNames.NOT_NORMALIZED);
        assertThat(VisibleNames.problem("Alice\u00A0")).contains(VisibleNames.NOT_NORMALIZED);
    }

    private static String codes(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> out.append(String.format("U+%04X ", cp)));
        return out.toString().trim();
    }
}
