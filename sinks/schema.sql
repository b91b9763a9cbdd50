-- The DuckDB store: the SQL contract documented in README.md.
-- Every statement is idempotent; the store is created or upgraded on open.
-- Fact rows carry partition_key: the publication date as YYYY-MM-DD, or 'undated'.

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    status VARCHAR,              -- committed | failed
    files_seen INTEGER,
    new_articles INTEGER,
    duplicates INTEGER,
    rejected INTEGER,
    actors INTEGER,
    statements INTEGER,
    runner VARCHAR,
    extractor_version VARCHAR,
    detail VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR NOT NULL,
    source_uri VARCHAR NOT NULL,
    url VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    authors VARCHAR[],
    published_date DATE,
    date_source VARCHAR,         -- header | html-meta | feed | text, NULL when undated
    partition_key VARCHAR NOT NULL,
    text VARCHAR,
    content_hash VARCHAR NOT NULL,
    word_count INTEGER,
    topics VARCHAR[],
    relevance DOUBLE,
    on_topic BOOLEAN,
    extractor_version VARCHAR,
    ingested_at TIMESTAMPTZ,
    run_id VARCHAR
);

-- Exact duplicates are found by content hash, a point lookup per new article.
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash);

CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,       -- person | organization | place | group
    key VARCHAR NOT NULL,
    first_run_id VARCHAR,
    surname_key VARCHAR,         -- persons: folded surname, how a bare surname finds them
    given_keys VARCHAR           -- persons: folded given names, space separated
);
-- Stores created before these columns existed gain them on open.
ALTER TABLE actors ADD COLUMN IF NOT EXISTS surname_key VARCHAR;
ALTER TABLE actors ADD COLUMN IF NOT EXISTS given_keys VARCHAR;

-- Every folded spelling known for an actor; how later mentions find their actor_id.
CREATE TABLE IF NOT EXISTS actor_aliases (
    alias_key VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    surface VARCHAR NOT NULL,
    count INTEGER NOT NULL,
    roles VARCHAR[],
    partition_key VARCHAR NOT NULL,
    extractor_version VARCHAR,
    run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS statements (
    statement_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    speaker_actor_id VARCHAR,
    speaker VARCHAR,
    quote VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,       -- direct | partial | indirect
    verb VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    quote_key VARCHAR,
    published_date DATE,
    partition_key VARCHAR NOT NULL,
    extractor_version VARCHAR,
    run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS duplicates (
    source_uri VARCHAR NOT NULL,
    duplicate_of VARCHAR NOT NULL,   -- article_id of the copy kept
    method VARCHAR NOT NULL,         -- exact | near
    similarity DOUBLE,
    content_hash VARCHAR,
    title VARCHAR,
    run_id VARCHAR,
    detected_at TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS rejected (
    source_uri VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    detail VARCHAR,
    run_id VARCHAR,
    rejected_at TIMESTAMPTZ
);

-- Inputs already processed: an unchanged (size, mtime) is never read again.
CREATE TABLE IF NOT EXISTS ledger (
    source_uri VARCHAR PRIMARY KEY,
    size BIGINT,
    mtime DOUBLE,
    content_hash VARCHAR,
    article_id VARCHAR,
    outcome VARCHAR,             -- ingested | duplicate | rejected
    run_id VARCHAR,
    updated_at TIMESTAMPTZ
);

-- Which run changed which partition, for the partitions view and incremental export.
CREATE TABLE IF NOT EXISTS partition_log (
    partition_key VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);

CREATE OR REPLACE VIEW partitions AS
WITH a AS (SELECT partition_key, count(*) AS n FROM articles GROUP BY ALL),
     m AS (SELECT partition_key, count(*) AS n FROM mentions GROUP BY ALL),
     s AS (SELECT partition_key, count(*) AS n FROM statements GROUP BY ALL),
     l AS (SELECT partition_key,
                  arg_max(run_id, changed_at) AS last_run_id,
                  max(changed_at) AS last_changed_at
           FROM partition_log GROUP BY ALL)
SELECT l.partition_key,
       coalesce(a.n, 0) AS articles,
       coalesce(m.n, 0) AS mentions,
       coalesce(s.n, 0) AS statements,
       l.last_run_id,
       l.last_changed_at
FROM l
LEFT JOIN a USING (partition_key)
LEFT JOIN m USING (partition_key)
LEFT JOIN s USING (partition_key)
ORDER BY l.partition_key;

-- ---- Near-duplicate index (sinks/near_duplicates.py) ------------------------------------
-- MinHash LSH over stored articles: a new article is compared only with the articles that
-- share one of its band keys, found through the ART index on near_bands.band_key.

-- The signature and band settings the index was built with; other settings mean a rebuild.
CREATE TABLE IF NOT EXISTS near_index_info (
    scheme VARCHAR NOT NULL,
    built_at TIMESTAMPTZ
);

-- The MinHash signature of every stored article, to score candidates.
CREATE TABLE IF NOT EXISTS near_signatures (
    article_id VARCHAR PRIMARY KEY,
    signature UINTEGER[] NOT NULL,
    run_id VARCHAR
);

-- One row per LSH band of each stored article.
CREATE TABLE IF NOT EXISTS near_bands (
    band_key BIGINT NOT NULL,        -- hash of the band's number and MinHash values
    article_id VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS near_bands_band_key ON near_bands (band_key);

-- ---------------------------------------------------------------------------------------
-- Feeds (sinks/feed_state.py): per-feed polling state and every entry ever taken from a
-- feed, keyed by canonical URL; plus the coverage views, which keep off-topic articles out.
-- ---------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS feed_state (
    feed_url VARCHAR PRIMARY KEY,    -- canonical URL, or absolute path of a feed file
    title VARCHAR,
    etag VARCHAR,                    -- validators sent back on the next poll
    last_modified VARCHAR,
    last_status INTEGER,             -- HTTP status of the last poll; NULL when none came back
    last_error VARCHAR,              -- reason: detail of the last failure (or recovered problem)
    consecutive_failures INTEGER NOT NULL,
    last_polled_at TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ,
    next_poll_at TIMESTAMPTZ,        -- not polled before this (interval, or backoff after failures)
    entries_seen INTEGER,            -- entries in the last feed document read
    entries_new INTEGER,             -- of which were new
    run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS feed_entries (
    canonical_url VARCHAR PRIMARY KEY, -- the page, without tracking parameters
    feed_url VARCHAR NOT NULL,       -- the feed it was first taken from
    entry_id VARCHAR,                -- GUID / Atom id
    url VARCHAR,                     -- link as the feed gave it
    title VARCHAR,
    entry_published DATE,
    status VARCHAR NOT NULL,         -- ingested | duplicate | failed (retried) | abandoned
    article_id VARCHAR,              -- the article, or the copy it duplicates
    attempts INTEGER NOT NULL,
    last_error VARCHAR,
    first_seen_at TIMESTAMPTZ,
    last_attempt_at TIMESTAMPTZ,
    next_attempt_at TIMESTAMPTZ,     -- for failed entries: not fetched again before this
    run_id VARCHAR
);

CREATE OR REPLACE VIEW feed_health AS
SELECT f.feed_url, f.title, f.last_status, f.consecutive_failures, f.last_error,
       f.last_polled_at, f.last_success_at, f.next_poll_at,
       count(e.canonical_url) FILTER (WHERE e.status = 'ingested') AS entries_ingested,
       count(e.canonical_url) FILTER (WHERE e.status = 'duplicate') AS entries_duplicate,
       count(e.canonical_url) FILTER (WHERE e.status = 'failed') AS entries_failing,
       count(e.canonical_url) FILTER (WHERE e.status = 'abandoned') AS entries_abandoned
FROM feed_state f LEFT JOIN feed_entries e USING (feed_url)
GROUP BY ALL
ORDER BY f.feed_url;

-- What users query: only articles on the followed topic (on_topic NULL means not scored).
CREATE OR REPLACE VIEW coverage AS
SELECT * FROM articles WHERE on_topic IS DISTINCT FROM false;

CREATE OR REPLACE VIEW coverage_mentions AS
SELECT m.* FROM mentions m SEMI JOIN coverage c USING (article_id);

CREATE OR REPLACE VIEW coverage_statements AS
SELECT s.* FROM statements s SEMI JOIN coverage c USING (article_id);
