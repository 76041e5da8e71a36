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
  // Mentions and suggested names summed per day, kept by triggers: the Actors pane reads the
  // last 14 days at every start and refresh, and summing the mention rows themselves grows with
  // the cache (100,000 articles: ~200 ms), while these tables hold one row per person and day.
  `
  CREATE TABLE actor_days (
    actor_id TEXT NOT NULL,
    day TEXT NOT NULL,
    n INTEGER NOT NULL,
    -- The latest spelling, role and side seen that day.
    name TEXT NOT NULL,
    role TEXT,
    side TEXT,
    PRIMARY KEY (actor_id, day)
  ) WITHOUT ROWID;
  CREATE INDEX actor_days_by_day ON actor_days(day);
  INSERT INTO actor_days (actor_id, day, n, name, role, side)
    SELECT actor_id, day, sum(count), max(name), max(role), max(side) FROM mentions GROUP BY actor_id, day;

  -- INSERT OR REPLACE removes a conflicting row without firing delete triggers: take it out here.
  CREATE TRIGGER mentions_days_replace BEFORE INSERT ON mentions
  WHEN EXISTS (SELECT 1 FROM mentions WHERE article_id = NEW.article_id AND actor_id = NEW.actor_id) BEGIN
    UPDATE actor_days SET n = n - (SELECT count FROM mentions WHERE article_id = NEW.article_id AND actor_id = NEW.actor_id)
      WHERE actor_id = NEW.actor_id AND day = (SELECT day FROM mentions WHERE article_id = NEW.article_id AND actor_id = NEW.actor_id);
    DELETE FROM actor_days WHERE actor_id = NEW.actor_id AND n <= 0
      AND day = (SELECT day FROM mentions WHERE article_id = NEW.article_id AND actor_id = NEW.actor_id);
  END;
  CREATE TRIGGER mentions_days_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO actor_days (actor_id, day, n, name, role, side) VALUES (NEW.actor_id, NEW.day, NEW.count, NEW.name, NEW.role, NEW.side)
      ON CONFLICT (actor_id, day) DO UPDATE
      SET n = n + excluded.n, name = excluded.name, role = coalesce(excluded.role, role), side = coalesce(excluded.side, side);
  END;
  CREATE TRIGGER mentions_days_delete AFTER DELETE ON mentions BEGIN
    UPDATE actor_days SET n = n - OLD.count WHERE actor_id = OLD.actor_id AND day = OLD.day;
    DELETE FROM actor_days WHERE actor_id = OLD.actor_id AND day = OLD.day AND n <= 0;
  END;
  CREATE TRIGGER mentions_days_update AFTER UPDATE ON mentions BEGIN
    UPDATE actor_days SET n = n - OLD.count WHERE actor_id = OLD.actor_id AND day = OLD.day;
    DELETE FROM actor_days WHERE actor_id = OLD.actor_id AND day = OLD.day AND n <= 0;
    INSERT INTO actor_days (actor_id, day, n, name, role, side) VALUES (NEW.actor_id, NEW.day, NEW.count, NEW.name, NEW.role, NEW.side)
      ON CONFLICT (actor_id, day) DO UPDATE
      SET n = n + excluded.n, name = excluded.name, role = coalesce(excluded.role, role), side = coalesce(excluded.side, side);
  END;

  CREATE TABLE suggestion_days (
    name TEXT NOT NULL,
    day TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (name, day)
  ) WITHOUT ROWID;
  CREATE INDEX suggestion_days_by_day ON suggestion_days(day);
  INSERT INTO suggestion_days (name, day, n) SELECT name, day, sum(count) FROM suggestions GROUP BY name, day;

  CREATE TRIGGER suggestions_days_replace BEFORE INSERT ON suggestions
  WHEN EXISTS (SELECT 1 FROM suggestions WHERE article_id = NEW.article_id AND name = NEW.name) BEGIN
    UPDATE suggestion_days SET n = n - (SELECT count FROM suggestions WHERE article_id = NEW.article_id AND name = NEW.name)
      WHERE name = NEW.name AND day = (SELECT day FROM suggestions WHERE article_id = NEW.article_id AND name = NEW.name);
    DELETE FROM suggestion_days WHERE name = NEW.name AND n <= 0
      AND day = (SELECT day FROM suggestions WHERE article_id = NEW.article_id AND name = NEW.name);
  END;
  CREATE TRIGGER suggestions_days_insert AFTER INSERT ON suggestions BEGIN
    INSERT INTO suggestion_days (name, day, n) VALUES (NEW.name, NEW.day, NEW.count)
      ON CONFLICT (name, day) DO UPDATE SET n = n + excluded.n;
  END;
  CREATE TRIGGER suggestions_days_delete AFTER DELETE ON suggestions BEGIN
    UPDATE suggestion_days SET n = n - OLD.count WHERE name = OLD.name AND day = OLD.day;
    DELETE FROM suggestion_days WHERE name = OLD.name AND day = OLD.day AND n <= 0;
  END;
  CREATE TRIGGER suggestions_days_update AFTER UPDATE ON suggestions BEGIN
    UPDATE suggestion_days SET n = n - OLD.count WHERE name = OLD.name AND day = OLD.day;
    DELETE FROM suggestion_days WHERE name = OLD.name AND day = OLD.day AND n <= 0;
    INSERT INTO suggestion_days (name, day, n) VALUES (NEW.name, NEW.day, NEW.count)
      ON CONFLICT (name, day) DO UPDATE SET n = n + excluded.n;
  END;
  `,
  // A feed read despite a fault (damaged XML, a charset label that did not fit the bytes): the
  // note its last successful poll left, shown beside "ok" in `feeds list` and the status bar.
  `
  ALTER TABLE feeds ADD COLUMN last_note TEXT;
  `,
  // Meetings as real-world events: `meetings` holds one row per event, `meeting_reports` every
  // report of it (one per article and meeting found in it) with what that report said, so the
  // event can be merged again from its reports and its history shown. Caches from before get one
  // report per source article from the meeting as it was stored; `talkwatch reindex` reads the
  // articles again for each report's own date and place.
  `
  ALTER TABLE meetings ADD COLUMN last_reported TEXT;
  CREATE TABLE meeting_reports (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    -- The meeting's position in the article's extraction.
    idx INTEGER NOT NULL,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    -- Publication time of the article, UTC ISO.
    published TEXT NOT NULL,
    status TEXT NOT NULL,
    place TEXT,
    country TEXT,
    start TEXT,
    "end" TEXT,
    precision TEXT NOT NULL,
    kind TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '[]',
    evidence TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
  ) WITHOUT ROWID;
  CREATE INDEX meeting_reports_by_meeting ON meeting_reports(meeting_id, published);
  CREATE INDEX meetings_by_last_reported ON meetings(last_reported);
  INSERT INTO meeting_reports (article_id, idx, meeting_id, published, status, place, country, start, "end", precision, kind, participants, evidence)
    SELECT s.article_id, row_number() OVER (PARTITION BY s.article_id ORDER BY s.meeting_id) - 1, s.meeting_id,
      coalesce(a.published, a.sort_time), s.status, m.place, m.country, m.start, m."end", m.precision, m.kind, m.participants, s.evidence
    FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id JOIN articles a ON a.id = s.article_id;
  UPDATE meetings SET last_reported = coalesce((SELECT max(published) FROM meeting_reports r WHERE r.meeting_id = meetings.id), status_at);
  `,
  // Read first, analyse after: a poll stores each article as soon as it is parsed (Latest and
  // search have it at once) and extracts actors and meetings right behind. An article stored but
  // not analysed yet has analysed = 0, so a run killed in between leaves a list of work the next
  // run finishes. Articles of older caches were extracted when stored: they default to 1.
  // body_hash: the hash of a feed's last body; an identical body is neither parsed nor stored
  // again (sites that ignore conditional GET). body_bytes: its size, what a poll reserves of its
  // budget of bytes in flight before fetching the feed again.
  `
  ALTER TABLE articles ADD COLUMN analysed INTEGER NOT NULL DEFAULT 1;
  CREATE INDEX articles_to_analyse ON articles(sort_time DESC, id DESC) WHERE analysed = 0;
  ALTER TABLE feeds ADD COLUMN body_hash TEXT;
  ALTER TABLE feeds ADD COLUMN body_bytes INTEGER;
  `,
  // The earliest publication time of a report merged out of order whose window is not merged
  // again yet (the settle at the end of a round does it). Until then its merge is provisional;
  // kept in the cache so that a run killed before its settle leaves the settle to the next run.
  // settle_id: for a report merged provisionally, the event whose id it keeps at that settle (the
  // one its article's earlier report was in), 0 for none; NULL for every other report (its own).
  `
  CREATE TABLE unsettled (id INTEGER PRIMARY KEY CHECK (id = 1), since TEXT NOT NULL);
  ALTER TABLE meeting_reports ADD COLUMN settle_id INTEGER;
  CREATE INDEX meeting_reports_to_settle ON meeting_reports(article_id, idx) WHERE settle_id IS NOT NULL;
  `,
];
