package com.xcord.deploy.observability;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The metric names dashboards and alerts may use: the names of issue 14's contract (what XCORD's services export)
 * and standard names (Micrometer's binders, Prometheus' own {@code up}, kube-state-metrics). An allow-list, not a
 * scrape: a misspelt name shows up here, a name the services stop exporting needs the cross-check against a live
 * {@code /actuator/prometheus}. A new name comes in by adding it to the contract first.
 */
final class KnownMetrics {

    /** Timers and histograms: Prometheus sees {@code _bucket} (histograms), {@code _count}, {@code _sum}, {@code _max}. */
    private static final Set<String> CONTRACT_TIMERS = Set.of(
            "http_server_requests_seconds",
            "http_client_requests_seconds",
            "spring_cloud_gateway_requests_seconds",
            "xcord_realtime_delivery_latency_seconds");

    private static final Set<String> CONTRACT = Set.of(
            "xcord_outbox_lag_seconds", "xcord_outbox_pending", "xcord_outbox_relayed_total",
            "xcord_consumer_duplicates_skipped_total", "xcord_consumer_dead_letters_total",
            "xcord_realtime_sockets", "xcord_realtime_sessions_resumable", "xcord_realtime_dispatches_total",
            "xcord_realtime_outbound_drops_total", "xcord_realtime_slow_consumer_closes_total",
            "xcord_gateway_rate_limit_decisions_total", "resilience4j_circuitbreaker_state",
            "xcord_auth_login_failures_total", "xcord_auth_login_throttled_total",
            "xcord_jwks_fetch_failures_total", "xcord_session_revocations_known",
            "kafka_consumer_fetch_manager_records_lag_max");

    private static final Set<String> STANDARD_TIMERS = Set.of(
            "jvm_gc_pause_seconds",
            "hikaricp_connections_acquire_seconds", "hikaricp_connections_usage_seconds",
            "hikaricp_connections_creation_seconds",
            "lettuce_command_completion_seconds", "lettuce_command_firstresponse_seconds");

    private static final Set<String> STANDARD = Set.of(
            // Prometheus itself, per scrape target
            "up",
            // kube-state-metrics (Kubernetes only)
            "kube_pod_container_status_restarts_total",
            // Micrometer: JVM, process, system
            "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "jvm_memory_max_bytes",
            "jvm_buffer_memory_used_bytes", "jvm_buffer_count_buffers", "jvm_buffer_total_capacity_bytes",
            "jvm_gc_memory_allocated_bytes_total", "jvm_gc_memory_promoted_bytes_total", "jvm_gc_overhead",
            "jvm_gc_live_data_size_bytes", "jvm_gc_max_data_size_bytes",
            "jvm_threads_live_threads", "jvm_threads_daemon_threads", "jvm_threads_peak_threads",
            "jvm_threads_states_threads", "jvm_classes_loaded_classes", "jvm_classes_unloaded_classes_total",
            "process_cpu_usage", "process_uptime_seconds", "process_start_time_seconds",
            "process_files_open_files", "process_files_max_files", "system_cpu_usage", "system_cpu_count",
            "system_load_average_1m",
            // Micrometer: HikariCP
            "hikaricp_connections", "hikaricp_connections_active", "hikaricp_connections_idle",
            "hikaricp_connections_pending", "hikaricp_connections_max", "hikaricp_connections_min",
            "hikaricp_connections_timeout_total",
            // Micrometer: Kafka clients (KafkaClientMetrics)
            "kafka_consumer_fetch_manager_records_consumed_total", "kafka_consumer_fetch_manager_records_lag",
            "kafka_producer_record_error_total", "kafka_producer_record_send_total");

    private static final Set<String> KNOWN = known();

    private KnownMetrics() {
    }

    static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    private static Set<String> known() {
        Set<String> known = new TreeSet<>(CONTRACT);
        known.addAll(STANDARD);
        Stream.concat(CONTRACT_TIMERS.stream(), STANDARD_TIMERS.stream()).forEach(timer -> Stream
                .of("_bucket", "_count", "_sum", "_max").forEach(suffix -> known.add(timer + suffix)));
        return known;
    }
}
