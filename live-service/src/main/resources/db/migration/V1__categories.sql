-- Categories are seeded here (the product's list); GET /live/categories lists them by position.
CREATE TABLE category (
    id       bigint PRIMARY KEY,
    slug     text NOT NULL UNIQUE,
    name     text NOT NULL,
    position int  NOT NULL
);
INSERT INTO category (id, slug, name, position) VALUES
    (1, 'just-chatting', 'Just Chatting', 1),
    (2, 'gaming', 'Gaming', 2),
    (3, 'music', 'Music', 3),
    (4, 'art', 'Art', 4),
    (5, 'science-and-technology', 'Science & Technology', 5),
    (6, 'software-development', 'Software Development', 6),
    (7, 'sports', 'Sports', 7),
    (8, 'education', 'Education', 8),
    (9, 'irl', 'IRL', 9);
