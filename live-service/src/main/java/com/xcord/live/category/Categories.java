package com.xcord.live.category;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The categories, for the other features: they are seeded by a migration and never change while the service runs,
 * so lookups are cached after the first read.
 */
@Service
public class Categories {

    private final CategoryRepository repository;
    private final Map<Long, Category> byId = new ConcurrentHashMap<>();

    Categories(CategoryRepository repository) {
        this.repository = repository;
    }

    List<Category> all() {
        return repository.all();
    }

    public Optional<Category> byId(long id) {
        Category cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Category> found = repository.byId(id);
        found.ifPresent(c -> byId.put(id, c));
        return found;
    }

    /** A category named by its id or its slug (the {@code ?category=} filter accepts both). */
    public Optional<Category> byIdOrSlug(String value) {
        if (value.chars().allMatch(Character::isDigit) && value.length() <= 18) {
            return byId(Long.parseLong(value));
        }
        return repository.bySlug(value);
    }
}
