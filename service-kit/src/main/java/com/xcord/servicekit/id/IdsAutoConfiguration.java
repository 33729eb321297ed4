package com.xcord.servicekit.id;

import com.xcord.servicekit.KitScheduler;
import com.xcord.servicekit.ServiceKitAutoConfiguration;
import com.xcord.servicekit.XcordProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/** {@link SnowflakeIds} with a worker id leased in Redis (or fixed by {@code xcord.ids.worker-id}). */
@AutoConfiguration(after = {ServiceKitAutoConfiguration.class, DataRedisAutoConfiguration.class})
public class IdsAutoConfiguration {

    @Bean(destroyMethod = "destroy")
    @ConditionalOnMissingBean
    WorkerIdKeeper xcordWorkerIdKeeper(XcordProperties properties, ObjectProvider<StringRedisTemplate> redis,
            Environment environment, KitScheduler scheduler) {
        return new WorkerIdKeeper(properties.ids(), redis, environment.getProperty("spring.application.name",
                "application"), scheduler);
    }

    @Bean
    @ConditionalOnMissingBean
    SnowflakeIds snowflakeIds(WorkerIdKeeper keeper) {
        return keeper.ids();
    }

    /** Owns the lease for the life of the context: acquires, renews, re-acquires if lost, releases. */
    public static class WorkerIdKeeper implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(WorkerIdKeeper.class);

        private final SnowflakeIds ids;
        private final WorkerIdLease lease;
        private final ScheduledFuture<?> renewal;

        WorkerIdKeeper(XcordProperties.Ids config, ObjectProvider<StringRedisTemplate> redis, String app,
                KitScheduler scheduler) {
            if (config.workerId() != null) {
                this.ids = new SnowflakeIds(config.workerId());
                this.lease = null;
                this.renewal = null;
                log.info("snowflake worker id fixed to {}", config.workerId());
                return;
            }
            StringRedisTemplate template = redis.getIfAvailable();
            if (template == null) {
                throw new IllegalStateException("no Redis to lease a worker id from: configure spring.data.redis.* "
                        + "or set xcord.ids.worker-id");
            }
            this.lease = new WorkerIdLease(template, app, config.leaseTtl());
            this.ids = new SnowflakeIds(lease.acquire());
            Duration period = config.leaseTtl().dividedBy(3);
            this.renewal = scheduler.every(period, period, "worker id lease renewal", this::renew);
        }

        public SnowflakeIds ids() {
            return ids;
        }

        private void renew() {
            if (!lease.renew()) {
                int old = ids.workerId();
                int fresh = lease.acquire();
                ids.setWorkerId(fresh);
                log.warn("worker id lease {} was lost; now using worker id {}", old, fresh);
            }
        }

        @Override
        public void destroy() {
            if (renewal != null) {
                renewal.cancel(false);
            }
            if (lease != null) {
                lease.release();
            }
        }
    }
}
