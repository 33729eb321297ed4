-- The users auth-service announced (user.registered, user.updated): who exists, so that a ban
-- of an id nobody has is a 404 (issue 12, finding 9). Only the id: server-service shows no
-- profiles. Filled by the user feature's projection of xcord.auth.events; an event applied
-- twice changes nothing.
CREATE TABLE known_users (
    id  BIGINT PRIMARY KEY
);

-- Users this service has already seen act (owners, members, whoever banned someone) held a
-- token auth-service issued: they exist, even if their registration has aged out of the topic
-- by the time the projection first reads it.
INSERT INTO known_users (id)
SELECT owner_id FROM servers
UNION SELECT user_id FROM members
UNION SELECT banned_by FROM bans
ON CONFLICT DO NOTHING;
