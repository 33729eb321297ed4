package com.xcord.search.query;

import java.util.OptionalLong;

/** Resolves the {@code @name}s that {@code from:} and {@code mentions:} accept besides ids. */
public interface Usernames {

    OptionalLong idOf(String username);
}
