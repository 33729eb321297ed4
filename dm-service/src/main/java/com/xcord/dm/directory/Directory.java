package com.xcord.dm.directory;

import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the other features ask about users: do they exist, do they block each other, do they
 * share read receipts. Answered from local projections, never by calling auth-service.
 */
@Service
public class Directory {

    private final DirectoryRepository repository;

    Directory(DirectoryRepository repository) {
        this.repository = repository;
    }

    /** Refuses ids that auth-service never announced (400 on {@code field}). */
    public void requireKnown(Collection<Long> ids, String field) {
        Set<Long> known = repository.known(ids);
        List<Long> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw BadRequestException.field(field, "unknown user " + unknown.get(0));
        }
    }

    /** 403 when a block stands between {@code user} and any of {@code others}, whoever blocked whom. */
    public void refuseIfBlocked(long user, Collection<Long> others) {
        if (repository.anyBlockBetween(user, others)) {
            throw new ForbiddenException("a block stands between you and this user");
        }
    }

    public Set<Long> withoutReadReceipts(Collection<Long> ids) {
        return repository.withoutReadReceipts(ids);
    }

    public boolean readReceiptsEnabled(long userId) {
        return repository.withoutReadReceipts(List.of(userId)).isEmpty();
    }
}
