package com.xcord.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search-service ({@code xcord.search.*}).
 *
 * @param maxQueryLength      longest {@code q} accepted, in characters (longer: 400)
 * @param maxTerms            most words and filters in one {@code q} (more: 400)
 * @param relevanceCandidates {@code sort=relevance} ranks only this many of the newest matches of each type, so a
 *                            common word costs a bounded amount of work (DESIGN §9)
 * @param indexGeneration     part of every indexing consumer's name and of the Kafka group: raising it replays the
 *                            topics into the index (README "Reindexing")
 */
@ConfigurationProperties("xcord.search")
public record SearchProperties(@DefaultValue("512") int maxQueryLength, @DefaultValue("32") int maxTerms,
        @DefaultValue("1000") int relevanceCandidates, @DefaultValue("1") int indexGeneration) {
}
