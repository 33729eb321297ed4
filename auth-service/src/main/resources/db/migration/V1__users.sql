-- Accounts and public profiles. Usernames and emails are stored lower-case, so the unique
-- indexes are case-insensitive by construction.
CREATE TABLE users (
    id                     BIGINT       PRIMARY KEY,
    username               VARCHAR(32)  NOT NULL,
    email                  VARCHAR(254) NOT NULL,
    password_hash          TEXT         NOT NULL,
    display_name           VARCHAR(64)  NOT NULL,
    bio                    VARCHAR(190) NOT NULL DEFAULT '',
    avatar_media_id        BIGINT,
    status                 VARCHAR(128) NOT NULL DEFAULT '',
    read_receipts_enabled  BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT users_username_key UNIQUE (username),
    CONSTRAINT users_email_key UNIQUE (email)
);
