package com.xcord.server.guild;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The {@code servers} table: the {@link Guild} aggregates, and their member counts. */
interface Guilds extends ListCrudRepository<Guild, Long> {

    /** One atomic step per join or leave: concurrent joins never lose a count, and never conflict with an edit. */
    @Modifying
    @Query("UPDATE servers SET member_count = member_count + :delta WHERE id = :serverId")
    void adjustMemberCount(long serverId, int delta);
}
