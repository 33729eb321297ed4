package com.xcord.devstack;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options of {@code ./xcord up} ({@code --no-build} is the script's and never gets here).
 *
 * @param only             the services named by {@code --only a,b}; empty without it, an empty set for {@code --only none}
 * @param realtimeReplicas how many realtime-service processes to run: {@code --realtime-replicas N}, else
 *                         {@code XCORD_REALTIME_REPLICAS}, else 1
 */
record UpOptions(Optional<Set<String>> only, int realtimeReplicas) {

    static final String ONLY = "--only";
    static final String REALTIME_REPLICAS = "--realtime-replicas";

    /** Each option as {@code --name value} or {@code --name=value}; the option beats the environment. */
    static UpOptions parse(List<String> args, Optional<String> replicasFromEnvironment) {
        Optional<Set<String>> only = Optional.empty();
        Optional<Integer> replicas = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.split("=", 2)[0];
            if (!name.equals(ONLY) && !name.equals(REALTIME_REPLICAS)) {
                throw new IllegalArgumentException("unknown option for up: " + arg);
            }
            String value;
            if (arg.length() > name.length()) {
                value = arg.substring(name.length() + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(name.equals(ONLY)
                        ? "--only needs a list: --only auth-service,feed-service (or none)"
                        : "--realtime-replicas needs a number: --realtime-replicas 2");
            }
            if (name.equals(ONLY)) {
                only = Optional.of(serviceNames(value));
            } else {
                replicas = Optional.of(replicaCount(value, REALTIME_REPLICAS));
            }
        }
        int realtimeReplicas = replicas.or(() -> replicasFromEnvironment.map(v -> replicaCount(v, Settings.REALTIME_REPLICAS))).orElse(1);
        return new UpOptions(only, realtimeReplicas);
    }

    private static Set<String> serviceNames(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty() && !s.equals("none"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static int replicaCount(String value, String source) {
        int max = ServiceCatalog.MAX_REALTIME_REPLICAS;
        try {
            int count = Integer.parseInt(value.trim());
            if (count >= 1 && count <= max) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the range
        }
        throw new IllegalArgumentException(source + " must be a number from 1 to " + max + " (replica 1 on port 8085, the others on "
                + ServiceCatalog.FIRST_EXTRA_REALTIME_PORT + "-" + ServiceCatalog.realtimeReplica(max).port() + "), not " + value);
    }
}
