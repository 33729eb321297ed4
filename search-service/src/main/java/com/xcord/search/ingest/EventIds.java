package com.xcord.search.ingest;

import com.xcord.servicekit.id.Ids;

import java.util.List;

/** Id lists of event payloads (strings, possibly absent) as longs. */
final class EventIds {

    static List<Long> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(Ids::parse).toList();
    }

    private EventIds() {
    }
}
