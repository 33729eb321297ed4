package com.xcord.search.query;

/** One result as the client renders it: {@code type} says which record it is. */
public interface SearchItem {

    String type();

    String id();
}
