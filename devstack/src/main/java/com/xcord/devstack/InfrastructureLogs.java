package com.xcord.devstack;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for the launcher's JVM (selected with {@code -Dslf4j.provider}, set by
 * {@link Devstack}), so that what the embedded PostgreSQL, Kafka and Redis have to say appears on the
 * console like any other process, prefixed {@code postgres}, {@code kafka}, {@code redis}: testkit's
 * own lines, warnings and errors, and the server log lines of PostgreSQL that are warnings or errors
 * (a refused login shows up here). Their chatter at INFO stays out. The console is static state
 * because SLF4J instantiates providers itself.
 */
public final class InfrastructureLogs implements SLF4JServiceProvider {

    /** The Kafka broker's partition state-change log (its name has no "kafka" in it). */
    static final String KAFKA_STATE_CHANGES = "state.change.logger";

    private static volatile LogPrefixer console;

    private final ILoggerFactory loggers = PrefixedLogger::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** Where the lines go; until this is called they are dropped. */
    static void printTo(LogPrefixer prefixer) {
        console = prefixer;
    }

    /** The process a logger speaks for, by its name. */
    static String source(String loggerName) {
        String name = loggerName.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("postgres") || name.contains("zonky")) {
            return "postgres";
        }
        if (name.contains("kafka") || name.equals(KAFKA_STATE_CHANGES)) {
            return "kafka";
        }
        if (name.contains("redis")) {
            return "redis";
        }
        return LogPrefixer.DEVSTACK;
    }

    /**
     * testkit from INFO; the in-process Kafka broker from ERROR (its warnings at every start and stop
     * are routine); everything else from WARN, plus PostgreSQL's own warnings and errors, which zonky
     * logs at INFO.
     */
    static boolean wanted(String loggerName, Level level, String message) {
        if (loggerName.equals(KAFKA_STATE_CHANGES) && message != null && message.contains("but it was missing. Creating")) {
            // logged at ERROR by the KRaft broker for every partition of a topic it creates: routine, not a fault
            return false;
        }
        if (loggerName.startsWith("kafka.") || loggerName.startsWith("org.apache.kafka")) {
            return level == Level.ERROR;
        }
        if (level.toInt() >= Level.WARN.toInt() || (loggerName.startsWith("com.xcord") && level == Level.INFO)) {
            return true;
        }
        return level == Level.INFO && loggerName.startsWith("io.zonky") && message != null
                && (message.contains("ERROR:") || message.contains("FATAL:") || message.contains("PANIC:") || message.contains("WARNING:"));
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static final class PrefixedLogger extends LegacyAbstractLogger {

        private final String source;

        PrefixedLogger(String name) {
            this.name = name;
            this.source = source(name);
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return name.startsWith("com.xcord") || name.startsWith("io.zonky");
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
            LogPrefixer out = console;
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            if (out == null || !wanted(name, level, message)) {
                return;
            }
            out.print(source, (level == Level.INFO ? "" : level + " ") + message);
            if (throwable != null) {
                out.print(source, "  " + throwable);
                for (Throwable cause = throwable.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                    out.print(source, "  caused by " + cause);
                }
            }
        }
    }
}
