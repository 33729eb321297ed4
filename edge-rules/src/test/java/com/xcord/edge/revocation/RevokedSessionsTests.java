package com.xcord.edge.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.xcord.edge.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevokedSessionsTests {

    private final MutableClock clock = new MutableClock();
    private final RevokedSessions revoked = new RevokedSessions(Duration.ofMinutes(20), clock);
    private final Instant now = clock.instant();

    @Test
    void anEndedSessionIsRefusedAndOthersAreNot() {
        revoked.ended(7, now);

        assertThat(revoked.isEnded(7)).isTrue();
        assertThat(revoked.isEnded(8)).isFalse();
    }

    @Test
    void anEndedSessionIsForgottenOnlyOnceItsTokensHaveExpired() {
        revoked.ended(7, now);

        clock.advance(Duration.ofMinutes(19));
        revoked.forgetExpired();
        assertThat(revoked.isEnded(7)).as("a token issued just before the logout still lives").isTrue();

        clock.advance(Duration.ofMinutes(1));
        revoked.forgetExpired();
        assertThat(revoked.isEnded(7)).isFalse();
        assertThat(revoked.size()).isZero();
    }

    @Test
    void aRevocationOlderThanTheMemoryIsNotStored() {
        revoked.ended(7, now.minus(Duration.ofMinutes(21)));

        assertThat(revoked.isEnded(7)).isFalse();
        assertThat(revoked.size()).isZero();
    }

    @Test
    void theSameRevocationTwiceKeepsTheLaterMemory() {
        revoked.ended(7, now);
        revoked.ended(7, now.minus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(15));
        revoked.forgetExpired();
        assertThat(revoked.isEnded(7)).isTrue();
    }

    @Test
    void theMemoryMustBePositive() {
        assertThatThrownBy(() -> new RevokedSessions(Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
