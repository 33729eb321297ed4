package com.xcord.servicekit.testapp;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.id.WorkerIdLease;
import com.xcord.servicekit.web.BadRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTests extends IntegrationTest {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    SnowflakeIds contextIds;

    @Test
    void twoGeneratorsWithTheirOwnLeasesNeverCollide() throws Exception {
        WorkerIdLease first = new WorkerIdLease(redis, "ids-test", Duration.ofSeconds(30));
        WorkerIdLease second = new WorkerIdLease(redis, "ids-test", Duration.ofSeconds(30));
        try {
            SnowflakeIds a = new SnowflakeIds(first.acquire());
            SnowflakeIds b = new SnowflakeIds(second.acquire());
            assertThat(first.workerId()).isNotEqualTo(second.workerId());

            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<long[]>> jobs = List.of(batch(a), batch(a), batch(b), batch(b));
                Set<Long> all = new HashSet<>();
                int total = 0;
                for (Future<long[]> f : pool.invokeAll(jobs)) {
                    for (long id : f.get()) {
                        all.add(id);
                        total++;
                    }
                }
                assertThat(all).hasSize(total);
            } finally {
                pool.shutdownNow();
            }
        } finally {
            first.release();
            second.release();
        }
    }

    @Test
    void aLeaseIsExclusiveUntilReleased() {
        WorkerIdLease first = new WorkerIdLease(redis, "ids-exclusive", Duration.ofSeconds(30));
        int id = first.acquire();
        assertThat(redis.hasKey("xcord:worker:ids-exclusive:" + id)).isTrue();
        assertThat(first.renew()).isTrue();
        first.release();
        assertThat(redis.hasKey("xcord:worker:ids-exclusive:" + id)).isFalse();
        assertThat(first.renew()).isFalse();
    }

    @Test
    void theContextLeasedItsWorkerId() {
        int worker = contextIds.workerId();
        assertThat(redis.hasKey("xcord:worker:servicekit-test:" + worker)).isTrue();
        long id = contextIds.next();
        assertThat(SnowflakeIds.workerOf(id)).isEqualTo(worker);
        assertThat(SnowflakeIds.timestampOf(id)).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(1));
    }

    @Test
    void idsAreMonotonicEvenWhenTheClockStepsBack() {
        AtomicLong clock = new AtomicLong(SnowflakeIds.EPOCH.toEpochMilli() + 1_000_000);
        SnowflakeIds ids = new SnowflakeIds(3, clock::get);
        long previous = 0;
        for (int i = 0; i < 10_000; i++) {
            if (i == 5_000) {
                clock.addAndGet(-60_000); // NTP step backwards
            }
            long id = ids.next();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
    }

    @Test
    void moreThan4096IdsInOneMillisecondStayUniqueAndOrdered() {
        SnowflakeIds ids = new SnowflakeIds(1, () -> SnowflakeIds.EPOCH.toEpochMilli() + 5);
        long previous = 0;
        for (int i = 0; i < 10_000; i++) {
            long id = ids.next();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
    }

    @Test
    void layoutIs42BitsMillis10BitsWorker12BitsSequence() {
        SnowflakeIds ids = new SnowflakeIds(1023, () -> SnowflakeIds.EPOCH.toEpochMilli() + 1);
        long id = ids.next();
        assertThat(id).isEqualTo((1L << 22) | (1023L << 12));
        assertThat(SnowflakeIds.workerOf(id)).isEqualTo(1023);
        assertThatThrownBy(() -> new SnowflakeIds(1024)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatAndParseRoundTrip() {
        long id = contextIds.next();
        assertThat(Ids.parse(Ids.format(id))).isEqualTo(id);
        assertThat(Ids.format(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
        for (String garbage : new String[] {"", "abc", "-1", "0", "1.5", " 1", "9223372036854775808", "+5"}) {
            assertThatThrownBy(() -> Ids.parse(garbage)).as(garbage).isInstanceOf(BadRequestException.class);
        }
        assertThatThrownBy(() -> Ids.parse(null)).isInstanceOf(BadRequestException.class);
    }

    private static Callable<long[]> batch(SnowflakeIds ids) {
        return () -> {
            long[] out = new long[50_000];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.next();
            }
            return out;
        };
    }
}
