package com.xcord.search.ingest;

import com.xcord.search.SearchProperties;

/** The consumer names the index records applied events under, one per source topic and index generation. */
final class Consumers {

    static String name(String source, SearchProperties properties) {
        return "search." + source + "-index.g" + properties.indexGeneration();
    }

    private Consumers() {
    }
}
