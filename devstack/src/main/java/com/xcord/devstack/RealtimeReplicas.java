package com.xcord.devstack;

import com.xcord.devstack.ServiceCatalog.BuiltService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * realtime-service scaled out on one machine ({@code --realtime-replicas N}; DESIGN §6: "several realtime
 * replicas run side by side; each delivers to its own sockets"). Replicas 2..N run the same jar as the first
 * under names and ports of their own ({@link ServiceCatalog#realtimeReplica}), so each gets its own log
 * prefix, health wait, restart and stop, exactly like any other service of the fleet.
 *
 * <p>Their environment differs only in the port. What identifies a replica cannot collide on one host: its
 * id in Redis (owner of the sessions it serves) is a random UUID drawn at every start unless
 * {@code xcord.realtime.replica-id} is set, and its event consumer assigns itself every partition without a
 * consumer group, so replicas neither share a group nor split the topics. A fixed id passed from here would
 * only make a restarted replica pass for the owner of the sessions its predecessor lost.
 */
final class RealtimeReplicas {

    private RealtimeReplicas() {
    }

    /** {@code services} with replicas 2..{@code replicas} of realtime-service right after the first one. */
    static List<BuiltService> expand(List<BuiltService> services, int replicas) {
        if (replicas == 1) {
            return services;
        }
        BuiltService first = services.stream().filter(s -> s.name().equals(ServiceCatalog.REALTIME_SERVICE)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(replicas + " realtime-service replicas asked for (" + UpOptions.REALTIME_REPLICAS
                        + " or " + Settings.REALTIME_REPLICAS + "), but realtime-service is not started: it is not built, or --only leaves it out"));
        List<BuiltService> expanded = new ArrayList<>(services);
        int at = expanded.indexOf(first);
        for (int number = 2; number <= replicas; number++) {
            expanded.add(++at, new BuiltService(ServiceCatalog.realtimeReplica(number), first.jar()));
        }
        return expanded;
    }

    /** The replicas after the first among {@code services}: the ones the gateway's {@code /ws} does not reach. */
    static List<ServiceDefinition> extras(List<ServiceDefinition> services) {
        return services.stream().filter(s -> s.name().startsWith(ServiceCatalog.REALTIME_SERVICE + "-")).collect(Collectors.toList());
    }
}
