package com.xcord.search.query;

import com.xcord.servicekit.web.CursorPage;

/**
 * The seam between the API and the engine. Today one implementation, PostgreSQL full-text and trigram search over
 * this service's schema; README "Scaling out" describes the OpenSearch-backed one that would plug in here.
 */
public interface SearchIndex {

    CursorPage<SearchItem> search(SearchQuery query);
}
