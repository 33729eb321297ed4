package com.xcord.search.api;

import com.xcord.search.query.Hit;
import com.xcord.search.query.SearchIndex;
import com.xcord.search.query.SearchItem;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.SearchType;
import com.xcord.search.query.Sort;
import com.xcord.search.query.TypeSearcher;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.CursorPage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL implementation of {@link SearchIndex}: asks each requested type for one page (each applying the
 * caller's access inside its SQL) and merges them — newest first by id (snowflakes of every type order by time
 * together, so the merged page is exact and the last id is the cursor), or best score first for
 * {@code sort=relevance} (one page, no cursor).
 */
@Component
class PostgresSearchIndex implements SearchIndex {

    private static final Comparator<Hit> NEWEST = Comparator.comparingLong(Hit::id).reversed();
    private static final Comparator<Hit> BEST = Comparator.comparingDouble(Hit::score).reversed().thenComparing(NEWEST);

    private final Map<SearchType, TypeSearcher> searchers = new EnumMap<>(SearchType.class);
    private final MeterRegistry meters;

    PostgresSearchIndex(List<TypeSearcher> searchers, MeterRegistry meters) {
        searchers.forEach(searcher -> this.searchers.put(searcher.type(), searcher));
        this.meters = meters;
    }

    /** The searcher of {@code type}: the API checks its filters before searching. */
    TypeSearcher searcher(SearchType type) {
        return searchers.get(type);
    }

    @Override
    public CursorPage<SearchItem> search(SearchQuery query) {
        Timer.Sample sample = Timer.start(meters);
        List<Hit> hits = new ArrayList<>();
        for (SearchType type : query.types()) {
            TypeSearcher searcher = searchers.get(type);
            if (searcher.supportedFilters().containsAll(query.filters().used())) {
                hits.addAll(searcher.search(query));
            }
        }
        hits.sort(query.sort() == Sort.RECENT ? NEWEST : BEST);
        List<SearchItem> items = hits.stream().limit(query.limit()).map(Hit::item).toList();
        String next = query.sort() == Sort.RECENT && hits.size() > query.limit()
                ? Ids.format(hits.get(query.limit() - 1).id())
                : null;
        sample.stop(Timer.builder("xcord.search.query")
                .description("one search, every requested type, access control included")
                .tag("types", query.types().size() == 1 ? query.types().iterator().next().wireName() : "several")
                .tag("sort", query.sort().name().toLowerCase(java.util.Locale.ROOT))
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1))
                .register(meters));
        return new CursorPage<>(items, next);
    }
}
