package com.xcord.server.role;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

/** The {@code roles} table: the {@link Role} aggregates. */
interface Roles extends ListCrudRepository<Role, Long> {

    /** Highest first, as the API lists them. */
    List<Role> findByServerIdOrderByPositionDescIdAsc(long serverId);

    Optional<Role> findByIdAndServerId(long id, long serverId);

    /** Serializes role changes of one server: a creation shifts the positions of the roles above it. */
    @Query("SELECT true FROM pg_advisory_xact_lock(hashtextextended('roles:' || :serverId, 0))")
    boolean lockServer(long serverId);
}
