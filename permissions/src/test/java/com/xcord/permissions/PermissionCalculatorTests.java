package com.xcord.permissions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.xcord.permissions.Permissions.ADMINISTRATOR;
import static com.xcord.permissions.Permissions.ALL;
import static com.xcord.permissions.Permissions.ATTACH_FILES;
import static com.xcord.permissions.Permissions.BAN_MEMBERS;
import static com.xcord.permissions.Permissions.KICK_MEMBERS;
import static com.xcord.permissions.Permissions.MANAGE_MESSAGES;
import static com.xcord.permissions.Permissions.MENTION_EVERYONE;
import static com.xcord.permissions.Permissions.READ_MESSAGE_HISTORY;
import static com.xcord.permissions.Permissions.SEND_MESSAGES;
import static com.xcord.permissions.Permissions.VIEW_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The algorithm, case by case: each row is one rule of Discord's model. */
class PermissionCalculatorTests {

    private static final long VIEW_SEND = VIEW_CHANNEL | SEND_MESSAGES;
    private static final Overwrite NONE = Overwrite.NONE;

    static Stream<Arguments> baseCases() {
        return Stream.of(
                arguments("@everyone alone", false, VIEW_SEND, List.of(), VIEW_SEND),
                arguments("roles add to @everyone", false, VIEW_CHANNEL, List.of(SEND_MESSAGES, KICK_MEMBERS),
                        VIEW_SEND | KICK_MEMBERS),
                arguments("nothing at all", false, 0L, List.of(), 0L),
                arguments("administrator means everything", false, 0L, List.of(ADMINISTRATOR), ALL),
                arguments("administrator on @everyone", false, ADMINISTRATOR, List.of(), ALL),
                arguments("the owner has everything", true, 0L, List.of(), ALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseCases")
    void base(String rule, boolean owner, long everyone, List<Long> roles, long expected) {
        assertThat(PermissionCalculator.base(owner, everyone, roles)).isEqualTo(expected);
    }

    static Stream<Arguments> channelCases() {
        long base = VIEW_SEND | READ_MESSAGE_HISTORY;
        return Stream.of(
                arguments("no overwrites: the base", base, NONE, List.of(), NONE, base),
                arguments("@everyone deny", base, new Overwrite(0, SEND_MESSAGES), List.of(), NONE,
                        VIEW_CHANNEL | READ_MESSAGE_HISTORY),
                arguments("@everyone allow", base, new Overwrite(MANAGE_MESSAGES, 0), List.of(), NONE,
                        base | MANAGE_MESSAGES),
                arguments("a role allow beats the @everyone deny", base, new Overwrite(0, SEND_MESSAGES),
                        List.of(new Overwrite(SEND_MESSAGES, 0)), NONE, base),
                arguments("role overwrites aggregate: allow wins over another role's deny", base, NONE,
                        List.of(new Overwrite(0, SEND_MESSAGES), new Overwrite(SEND_MESSAGES, 0)), NONE, base),
                arguments("a role deny removes", base, NONE, List.of(new Overwrite(0, READ_MESSAGE_HISTORY)), NONE,
                        VIEW_SEND),
                arguments("the member's deny beats a role allow", base, NONE,
                        List.of(new Overwrite(SEND_MESSAGES, 0)), new Overwrite(0, SEND_MESSAGES),
                        VIEW_CHANNEL | READ_MESSAGE_HISTORY),
                arguments("the member's allow beats a role deny", base, NONE,
                        List.of(new Overwrite(0, SEND_MESSAGES)), new Overwrite(SEND_MESSAGES, 0), base),
                arguments("without VIEW_CHANNEL nothing counts", base, new Overwrite(0, VIEW_CHANNEL), List.of(),
                        NONE, 0L),
                arguments("VIEW_CHANNEL given back to a member", base, new Overwrite(0, VIEW_CHANNEL), List.of(),
                        new Overwrite(VIEW_CHANNEL, 0), base),
                arguments("without SEND_MESSAGES no mentions or files", base | MENTION_EVERYONE | ATTACH_FILES,
                        new Overwrite(0, SEND_MESSAGES), List.of(), NONE, VIEW_CHANNEL | READ_MESSAGE_HISTORY),
                arguments("administrators ignore overwrites", ALL, new Overwrite(0, ALL), List.of(),
                        new Overwrite(0, VIEW_CHANNEL), ALL),
                arguments("BAN_MEMBERS is untouched by channel overwrites if not named", base | BAN_MEMBERS, NONE,
                        List.of(), NONE, base | BAN_MEMBERS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channelCases")
    void inChannel(String rule, long base, Overwrite everyone, List<Overwrite> roles, Overwrite member,
            long expected) {
        assertThat(PermissionCalculator.inChannel(base, everyone, roles, member)).isEqualTo(expected);
    }

    static Stream<Arguments> hierarchyCases() {
        return Stream.of(
                arguments("higher role outranks", false, 5, false, 3, true),
                arguments("same position does not", false, 3, false, 3, false),
                arguments("lower does not", false, 2, false, 3, false),
                arguments("owner outranks everyone", true, 0, false, 99, true),
                arguments("nobody outranks the owner", false, 99, true, 0, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hierarchyCases")
    void hierarchy(String rule, boolean actorOwner, int actorTop, boolean targetOwner, int targetTop,
            boolean expected) {
        assertThat(RoleHierarchy.outranks(actorOwner, actorTop, targetOwner, targetTop)).isEqualTo(expected);
        if (!targetOwner) {
            assertThat(RoleHierarchy.canManageRole(actorOwner, actorTop, targetTop)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "\"{0}\" parses: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "0, true", "1024, true", "1125899906842623, true", "1125899906842624, false", "-1, false",
            "abc, false", "'', false", "99999999999999999999, false", "9223372036854775807, false"})
    void parsesOnlyKnownBits(String value, boolean valid) {
        assertThat(Permissions.parse(value)).as(value).matches(p -> p.isPresent() == valid);
    }
}
