-- Per type: in-app and email on/off (a missing row is the type's default)
CREATE TABLE type_setting (
    user_id bigint  NOT NULL,
    type    text    NOT NULL,
    in_app  boolean NOT NULL,
    email   boolean NOT NULL,
    PRIMARY KEY (user_id, type)
);

-- Per server and per channel (Discord's model): level all | mentions | nothing | inherit, @everyone suppressed,
-- muted until a time or forever (muted_until 'infinity')
CREATE TABLE scope_setting (
    user_id           bigint      NOT NULL,
    scope             text        NOT NULL,
    scope_id          bigint      NOT NULL,
    level             text        NOT NULL,
    suppress_everyone boolean     NOT NULL DEFAULT false,
    muted_until       timestamptz,
    muted_forever     boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (user_id, scope, scope_id)
);

-- The digest: when the last one went out, and whether the user unsubscribed from the link in a mail
CREATE TABLE email_state (
    user_id        bigint PRIMARY KEY,
    last_digest_at timestamptz,
    unsubscribed   boolean NOT NULL DEFAULT false
);
