-- One row per uploaded object. Its bytes live in the bucket under media/{id}/{variant} (and media/{id}/upload while a
-- presigned upload is pending); the row is written only once every object it names is stored.
create table media (
    id            bigint primary key,
    owner_id      bigint      not null,
    purpose       text        not null,
    kind          text        not null,  -- image | video | audio | file
    status        text        not null,  -- pending (presigned, not uploaded) | processing | ready | failed
    status_reason text,
    content_type  text        not null,
    size          bigint      not null,
    filename      text        not null,
    width         integer,
    height        integer,
    duration_ms   bigint,
    blurhash      text,
    description   text,
    focus_x       real,
    focus_y       real,
    variants      jsonb       not null default '[]',  -- [{name, contentType, width, height}]
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    ready_at      timestamptz,
    -- when a video worker took it: another may take it over once this is old (the worker died)
    claimed_at    timestamptz,
    -- set when the last post/message/profile using it let go: the sweep deletes it then, without the 24 h grace
    released_at   timestamptz
);

create index media_owner on media (owner_id, id);
create index media_status_created on media (status, created_at);

-- Which posts, messages, profiles and servers use a media object (from their services' events): the orphan sweep
-- and DELETE /media/{id} ask here.
create table media_usage (
    media_id bigint not null,
    kind     text   not null,  -- post | message | dm_message | avatar | server_icon
    ref_id   text   not null,
    primary key (media_id, kind, ref_id)
);

create index media_usage_ref on media_usage (kind, ref_id);
