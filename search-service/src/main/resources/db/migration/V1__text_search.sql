-- The text analysis every indexed text goes through (README "Turkish and accents" has the measurements behind it).
-- The launcher, compose and the chart create both extensions in this schema as the superuser (the service's role may
-- not); IF NOT EXISTS makes this a no-op there and creates them where the migration runs as a superuser (the tests).
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA ${flyway:defaultSchema};
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA ${flyway:defaultSchema};

-- Snowball's Turkish stemmer without its stop-word list: "ve", "bu", "da" stay searchable, and a query is never
-- silently emptied by stop words.
CREATE TEXT SEARCH DICTIONARY xcord_turkish_stem (TEMPLATE = snowball, LANGUAGE = turkish);

-- unaccent first (İ/ı/I → i, ş → s, é → e, so the database's C locale lower-casing is enough), then the stem:
-- İstanbul'dan, ISTANBUL, ıstanbul and istanbuldan all become 'istanbul'.
CREATE TEXT SEARCH CONFIGURATION xcord_text (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION xcord_text
    ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart, numword, numhword
    WITH unaccent, xcord_turkish_stem;
