package com.xcord.live.category;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The seeded {@code category} table. */
@Repository
class CategoryRepository {

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> all() {
        return jdbc.sql("SELECT id, slug, name FROM category ORDER BY position").query(CategoryRepository::row).list();
    }

    Optional<Category> byId(long id) {
        return jdbc.sql("SELECT id, slug, name FROM category WHERE id = :id").param("id", id)
                .query(CategoryRepository::row).optional();
    }

    Optional<Category> bySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM category WHERE slug = :s").param("s", slug)
                .query(CategoryRepository::row).optional();
    }

    private static Category row(ResultSet rs, int n) throws SQLException {
        return new Category(Long.toString(rs.getLong("id")), rs.getString("slug"), rs.getString("name"));
    }
}
