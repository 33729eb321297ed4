package com.xcord.server.channel;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

/** The {@code channels} and {@code channel_overwrites} tables: the {@link Channel} aggregates. */
interface Channels extends ListCrudRepository<Channel, Long> {

    Optional<Channel> findByIdAndServerId(long id, long serverId);
}
