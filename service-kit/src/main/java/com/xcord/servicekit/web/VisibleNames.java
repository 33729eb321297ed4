package com.xcord.servicekit.web;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rule for names people read to tell each other apart (display names, nicknames, server, channel,
 * role and group names), so that one name cannot pass for another: a name shows every character it holds,
 * in the order it holds them. The one place both halves of the rule live: {@link #normalize} (what is
 * stored) and {@link #problem} (what is refused), which {@link VisibleName} applies to a request field.
 *
 * <p>Refused anywhere in a name: control and format characters (Cc, Cf: the bidi controls U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C; the zero-width U+200B, U+2060–U+2064, U+FEFF; U+180E; the soft
 * hyphen U+00AD; tag characters), line and paragraph separators, unpaired surrogates, and the invisible
 * characters that are not format characters (U+034F, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0,
 * U+17B4, U+17B5, the reserved default-ignorable code points). A name does not start with a combining mark
 * (it would decorate whatever a client shows before it). Allowed only where they do something visible:
 * <ul>
 * <li>U+200D ZERO WIDTH JOINER between an emoji (optionally ended by U+FE0F or a skin tone) and a pictograph,
 *     as in 👨‍👩‍👧 or ❤️‍🔥; U+200D and U+200C ZERO WIDTH NON-JOINER between two letters of a script that
 *     joins or forms conjuncts (Arabic, Syriac, N'Ko, Mongolian, Mandaic and the Indic scripts), as Persian
 *     and Devanagari spelling needs them;</li>
 * <li>U+FE0E/U+FE0F (text/emoji presentation) after a symbol, after ‼ ⁉ ℹ 〰 〽, or in a keycap
 *     ({@code 0-9 # *}, U+FE0F, U+20E3); the other variation selectors after a CJK ideograph (ideographic
 *     variation sequences of Japanese names); the Mongolian ones after a Mongolian letter;</li>
 * <li>tag characters only in an emoji flag sequence: 🏴, U+E0020–U+E007E, then U+E007F (🏴󠁧󠁢󠁳󠁣󠁴󠁿).</li>
 * </ul>
 * A "pictograph" is a code point of category So or in the emoji planes U+1F000–U+1FAFF, U+1FC00–U+1FFFD
 * (assigned or not: emoji newer than the JDK's Unicode tables count too).
 */
public final class VisibleNames {

    public static final String NOT_NORMALIZED = "must be in Unicode NFC without surrounding spaces";
    public static final String INVISIBLE = "must not contain control, invisible or text-direction characters";
    public static final String LEADING_MARK = "must not start with a combining mark";

    private static final int NONE = -1;
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int TEXT_PRESENTATION = 0xFE0E;
    private static final int EMOJI_PRESENTATION = 0xFE0F;
    private static final int COMBINING_KEYCAP = 0x20E3;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;
    private static final int BRAILLE_BLANK = 0x2800;

    /** Emoji whose base is not a symbol (Po, Pd, Ll) but takes U+FE0F: ‼ ⁉ ℹ 〰 〽. */
    private static final Set<Integer> EMOJI_NON_SYMBOLS = Set.of(0x203C, 0x2049, 0x2139, 0x3030, 0x303D);

    /** Invisible characters that are letters or marks rather than format characters. */
    private static final Set<Integer> INVISIBLE_NON_FORMAT = Set.of(0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5,
            0x3164, 0xFFA0);

    /** Scripts in which a (non-)joiner between two letters changes how they are drawn. */
    private static final Set<UnicodeScript> JOINING_SCRIPTS = EnumSet.of(UnicodeScript.ARABIC,
            UnicodeScript.SYRIAC, UnicodeScript.NKO, UnicodeScript.MONGOLIAN, UnicodeScript.MANDAIC,
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA,
            UnicodeScript.MALAYALAM, UnicodeScript.SINHALA);

    /**
     * The form a name is stored and compared in: Unicode NFC (so that "e" + U+0301 and "é" are one name),
     * without surrounding blanks (whitespace, any space separator such as U+00A0, U+2800 BRAILLE PATTERN
     * BLANK). Null stays null; a name of blanks only becomes "" for the length constraint to refuse.
     */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        int start = 0;
        int end = nfc.length();
        while (start < end && isBlank(nfc.codePointAt(start))) {
            start += Character.charCount(nfc.codePointAt(start));
        }
        while (end > start && isBlank(nfc.codePointBefore(end))) {
            end -= Character.charCount(nfc.codePointBefore(end));
        }
        return nfc.substring(start, end);
    }

    /**
     * Why {@code name} is not a visible name, or empty when it is. Null and "" pass: presence and length are
     * the other constraints' business. A name that {@link #normalize} would change is refused, so that a
     * caller that forgot to normalize fails loudly instead of storing a look-alike.
     */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        if (!name.equals(normalize(name))) {
            return Optional.of(NOT_NORMALIZED);
        }
        int[] cps = name.codePoints().toArray();
        boolean[] inFlag = flagTagSequences(cps);
        for (int i = 0; i < cps.length; i++) {
            if (!inFlag[i] && !isAllowed(cps, i)) {
                return Optional.of(INVISIBLE);
            }
        }
        return isMark(cps[0]) ? Optional.of(LEADING_MARK) : Optional.empty();
    }

    private static boolean isAllowed(int[] cps, int i) {
        int cp = cps[i];
        int prev = i > 0 ? cps[i - 1] : NONE;
        int next = i + 1 < cps.length ? cps[i + 1] : NONE;
        if (cp == ZWJ) {
            return (endsEmoji(prev) && isPictograph(next)) || joinsLetters(cps, i);
        }
        if (cp == ZWNJ) {
            return joinsLetters(cps, i);
        }
        if (cp == TEXT_PRESENTATION || cp == EMOJI_PRESENTATION) {
            return isSymbol(prev) || EMOJI_NON_SYMBOLS.contains(prev)
                    || (isKeycapBase(prev) && next == COMBINING_KEYCAP);
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0D) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return prev != NONE && Character.isIdeographic(prev);
        }
        if ((cp >= 0x180B && cp <= 0x180D) || cp == 0x180F) {
            return prev != NONE && UnicodeScript.of(prev) == UnicodeScript.MONGOLIAN;
        }
        if (INVISIBLE_NON_FORMAT.contains(cp) || isReservedIgnorable(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    /** Marks which code points belong to a flag tag sequence: 🏴, tag characters, CANCEL TAG. */
    private static boolean[] flagTagSequences(int[] cps) {
        boolean[] inFlag = new boolean[cps.length];
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] != BLACK_FLAG) {
                continue;
            }
            int end = i + 1;
            while (end < cps.length && cps[end] >= 0xE0020 && cps[end] <= 0xE007E) {
                end++;
            }
            if (end > i + 1 && end < cps.length && cps[end] == CANCEL_TAG) {
                for (int k = i + 1; k <= end; k++) {
                    inFlag[k] = true;
                }
                i = end;
            }
        }
        return inFlag;
    }

    /** The code point before a ZWJ can end an emoji: a pictograph, its U+FE0F, or a skin tone. */
    private static boolean endsEmoji(int cp) {
        return isPictograph(cp) || cp == EMOJI_PRESENTATION || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static boolean isPictograph(int cp) {
        return cp != NONE && (Character.getType(cp) == Character.OTHER_SYMBOL
                || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x1FC00 && cp <= 0x1FFFD));
    }

    private static boolean isSymbol(int cp) {
        if (cp == NONE) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || isPictograph(cp);
    }

    private static boolean isKeycapBase(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
    }

    /** A (non-)joiner between two letters (with their marks) of one joining script. */
    private static boolean joinsLetters(int[] cps, int i) {
        if (i == 0 || i + 1 == cps.length || !Character.isLetter(cps[i + 1])) {
            return false;
        }
        int before = i - 1;
        while (before > 0 && isMark(cps[before]) && UnicodeScript.of(cps[before]) == UnicodeScript.INHERITED) {
            before--;
        }
        UnicodeScript script = UnicodeScript.of(cps[i + 1]);
        return JOINING_SCRIPTS.contains(script) && UnicodeScript.of(cps[before]) == script
                && (Character.isLetter(cps[before]) || isMark(cps[before]));
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Unassigned code points Unicode reserves as default-ignorable: they will never show. */
    private static boolean isReservedIgnorable(int cp) {
        return cp == 0x2065 || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == BRAILLE_BLANK;
    }

    private VisibleNames() {
    }
}
