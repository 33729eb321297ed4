package com.xcord.dm.membership;

/**
 * What a {@code PATCH} of a group changes: a field that is absent stays as it is, a field sent
 * as {@code null} is cleared.
 */
record GroupChanges(boolean nameGiven, String name, boolean iconGiven, Long iconMediaId) {
}
