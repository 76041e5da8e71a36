// The cache's schema as an ordered list: entry N brings a file from user_version N to N+1.
// Never edit a shipped entry; append a new one, so old caches upgrade in place.
export const migrations: readonly string[] = [
  `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    interval_minutes INTEGER NOT NULL DEFAULT 15,
    fulltext TEXT NOT NULL DEFAULT 'auto',
    -- 0 for feeds polled once with --feed: their articles stay, the feed list does not show them.
    followed INTEGER NOT NULL DEFAULT 1,
    etag TEXT,
    last_modified TEXT,
    -- The feed's own <ttl>, remembered because a 304 answer does not repeat it.
    ttl_minutes INTEGER,
    last_polled TEXT,
    last_success TEXT,
    last_error TEXT,
    last_error_at TEXT,
    failure_count INTEGER NOT NULL DEFAULT 0,
    next_poll_at TEXT
  );

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    url TEXT,
    canonical_url TEXT,
    kicker TEXT,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    source_line TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    published TEXT,
    fetched TEXT NOT NULL,
    -- What the Latest list sorts by: published when known, else when we first saw it.
    sort_time TEXT NOT NULL,
    teaser_only INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 1,
    content_hash TEXT NOT NULL,
    outlet TEXT NOT NULL
  );
  CREATE INDEX articles_by_canonical_url ON articles(canonical_url);
  CREATE INDEX articles_by_time ON articles(sort_time DESC, id DESC);

  CREATE TABLE article_feeds (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_feeds_by_article ON article_feeds(article_id);

  -- Holds a folded copy of title and text (see fold.ts) so "gesprache" and "gespraeche" find "Gespräche".
  -- Contentless: the article text is stored once, in articles.
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.id;
  END;

  CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    side TEXT,
    count INTEGER NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_id)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_by_actor_day ON mentions(actor_id, day);
  CREATE INDEX mentions_by_day ON mentions(day);

  CREATE TABLE suggestions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    cue TEXT NOT NULL,
    count INTEGER NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (article_id, name)
  ) WITHOUT ROWID;
  CREATE INDEX suggestions_by_day ON suggestions(day);

  CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    place TEXT,
    country TEXT,
    start TEXT,
    "end" TEXT,
    precision TEXT NOT NULL,
    status TEXT NOT NULL,
    kind TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '[]',
    first_seen TEXT NOT NULL,
    updated TEXT NOT NULL,
    -- Publication time of the article whose status the meeting shows: a later article's wins.
    status_at TEXT NOT NULL,
    -- The article in which it was first seen (for the Latest list's "new meetings" mark).
    first_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
  );
  CREATE INDEX meetings_by_start ON meetings(start);
  CREATE INDEX meetings_by_first_article ON meetings(first_article_id);

  CREATE TABLE meeting_sources (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    evidence TEXT NOT NULL,
    seen TEXT NOT NULL,
    PRIMARY KEY (meeting_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX meeting_sources_by_article ON meeting_sources(article_id);
  `,
];
