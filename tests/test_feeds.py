"""Feed polling and page fetching against a real HTTP server on 127.0.0.1 serving real pages
from ../shared/corpus, the feed state in DuckDB, and feeds through the whole pipeline."""

from __future__ import annotations

import html
import io
import json
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import apache_beam as beam
import duckdb
import feedparser
import pytest
from conftest import SHARED
from feed_server import FeedServer, Route, http_date

from pipeline.run import make_runner
from sinks.feed_state import load_feed_states, load_seen_entries, write_feed_updates
from sinks.store import ensure_schema
from transforms.feeds import (
    Backoff,
    FeedEntry,
    FeedSettings,
    FeedState,
    FetchFeeds,
    SeenEntries,
    check_xml_safety,
    due_feeds,
    entry_date,
    fetch_entry_page,
    poll_feed,
)
from transforms.fetch import FetchLimits, HttpClient
from transforms.model import RawDocument, Rejection
from transforms.parse import parse_document

CORPUS = SHARED / "corpus" / "news-html"
GOLD = {g["file"]: g for g in map(json.loads, (CORPUS / "gold.jsonl").open(encoding="utf-8"))}
NOW = datetime(2025, 6, 3, 12, 0, tzinfo=UTC)
LIMITS = FetchLimits(connect_timeout=1.0, read_timeout=1.0, total_timeout=3.0,
                     max_bytes=3_000_000, max_redirects=3, user_agent="newsflow-test/1",
                     allow_private_network=True)
SETTINGS = FeedSettings(limits=LIMITS, poll_interval=600.0, backoff=Backoff(600.0, 86_400.0),
                        max_entries=50, concurrency=4, per_host=2)
LAST_MODIFIED = http_date(1_748_900_000)
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<rss version="2.0"><channel><title>&g;</title>
<item><title>&g;</title><link>http://127.0.0.1:9/bomb-entry</link><description>&g;</description>
</item></channel></rss>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>x</title><item><title>&secret;</title>
<link>http://127.0.0.1:9/xxe</link></item></channel></rss>"""


def rss(items: list[dict[str, str]], title: str = "Test feed") -> bytes:
    """An RSS 2.0 document; each item may have title, link, guid and pubDate."""
    parts = [f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
             f"<title>{html.escape(title)}</title><link>http://127.0.0.1/</link>"]
    for item in items:
        parts.append("<item>" + "".join(f"<{k}>{html.escape(v)}</{k}>" for k, v in item.items())
                     + "</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def pub_date(day: str, hour: int = 9, offset_hours: int = 0) -> str:
    """An RFC 822 date as feeds write it, in the publisher's own time zone."""
    from datetime import timezone

    zone = timezone(timedelta(hours=offset_hours))
    return format_datetime(datetime.fromisoformat(day).replace(hour=hour, tzinfo=zone))


def plain_page(gold: dict) -> bytes:
    """A page made of an article's real title and paragraphs, with no date in it."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in gold["paragraphs"])
    title = html.escape(gold["title"])
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{body}</article></body></html>").encode()


@pytest.fixture
def client():
    made = HttpClient(LIMITS)
    yield made
    made.close()


def serve_article(server: FeedServer, name: str) -> str:
    return server.add(f"/news/{name}", Route((CORPUS / name).read_bytes()))


# ---- polling ------------------------------------------------------------------------------


def test_first_poll_returns_each_new_entry_once_with_its_feed_date(server, client) -> None:
    a = serve_article(server, "GlobalNews_2026_05_24.html")
    b = serve_article(server, "BBC_2024_08_01.html")
    feed = server.add("/feed.xml", Route(rss([
        {"title": "A", "link": a + "?utm_source=rss&utm_medium=feed", "guid": "tag:t,2026:a",
         "pubDate": pub_date("2026-05-24", hour=23, offset_hours=-5)},
        {"title": "B", "link": b, "guid": "tag:t,2026:b"},
        {"title": "A again", "link": a + "?fbclid=xyz", "guid": "tag:t,2026:a2"},
    ]), content_type="application/rss+xml", etag='"v1"', last_modified=LAST_MODIFIED))

    result = poll_feed(FeedState(feed), SeenEntries(), client, SETTINGS, NOW)

    assert [(e.title, e.canonical_url, e.entry_id) for e in result.entries] == [
        ("A", a, "tag:t,2026:a"), ("B", b, "tag:t,2026:b")]
    # 23:00 at UTC-5 is the next day in UTC: the date stays the publisher's
    assert [e.published for e in result.entries] == ["2026-05-24", None]
    state = result.state
    assert (state.etag, state.last_modified, state.last_status) == ('"v1"', LAST_MODIFIED, 200)
    assert (state.title, state.entries_seen, state.entries_new) == ("Test feed", 3, 2)
    assert state.consecutive_failures == 0 and state.last_error is None
    assert state.next_poll_at == NOW + timedelta(seconds=SETTINGS.poll_interval)
    assert server.hits("/feed.xml")[0].headers["user-agent"] == "newsflow-test/1"


def test_second_poll_is_conditional_and_a_304_costs_nothing_more(server, client) -> None:
    feed = server.add("/feed.xml", Route(rss([{"title": "A", "link": server.url("/a")}]),
                                         etag='"v1"', last_modified=LAST_MODIFIED))
    first = poll_feed(FeedState(feed), SeenEntries(), client, SETTINGS, NOW)
    later = NOW + timedelta(hours=1)
    second = poll_feed(first.state, SeenEntries(), client, SETTINGS, later)

    sent = server.hits("/feed.xml")[1]
    assert sent.headers["if-none-match"] == '"v1"'
    assert sent.headers["if-modified-since"] == LAST_MODIFIED
    assert sent.status == 304
    assert second.entries == [] and second.state.last_status == 304
    assert second.state.etag == '"v1"' and second.state.last_success_at == later
    assert len(server.requests) == 2  # no page was requested by polling


def test_entries_seen_before_are_not_returned_even_with_a_new_guid_or_link(server,
                                                                           client) -> None:
    old = [{"title": "One", "link": server.url("/one"), "guid": "g1"},
           {"title": "Two", "link": server.url("/two"), "guid": "g2"}]
    feed = server.add("/feed.xml", Route(rss(old)))
    first = poll_feed(FeedState(feed), SeenEntries(), client, SETTINGS, NOW)
    seen = SeenEntries(frozenset(e.canonical_url for e in first.entries),
                       frozenset((feed, e.entry_id) for e in first.entries))
    server.routes["/feed.xml"] = Route(rss([
        {"title": "One, updated", "link": server.url("/one?utm_campaign=x"), "guid": "g1-v2",
         "pubDate": pub_date("2025-06-03")},  # same page: new GUID, new date, tracking
        {"title": "Two, moved", "link": server.url("/two-renamed"), "guid": "g2"},  # same GUID
        {"title": "Three", "link": server.url("/three"), "guid": "g3"},
    ]))
    second = poll_feed(first.state, seen, client, SETTINGS, NOW + timedelta(hours=1))
    assert [e.title for e in second.entries] == ["Three"]


@pytest.mark.parametrize(("route", "reason", "status"), [
    (Route(b"oops", status=500), "http-500", 500),
    (Route(rss([]), delay=2.5), "timeout", None),
    (Route(b"<rss version='2.0'><channel><title>x</ti&tle><<<", content_type="text/xml"),
     "malformed-feed", 200),
    (Route(b"<html><body><p>Just a page, no feed here.</p></body></html>"), "not-a-feed", 200),
    (Route(BOMB, content_type="application/rss+xml"), "unsafe-xml", 200),
    (Route(EXTERNAL_ENTITY, content_type="application/rss+xml"), "unsafe-xml", 200),
])
def test_feed_failures_are_recorded_with_backoff(server, client, route, reason, status) -> None:
    feed = server.add("/bad.xml", route)
    before = FeedState(feed, etag='"old"', consecutive_failures=2)
    started = time.monotonic()
    result = poll_feed(before, SeenEntries(), client, SETTINGS, NOW)
    assert time.monotonic() - started < 2.0
    state = result.state
    assert result.entries == []
    assert state.last_error.startswith(reason + ":") and state.last_status == status
    assert state.consecutive_failures == 3
    assert state.next_poll_at == NOW + timedelta(seconds=SETTINGS.poll_interval * 4)
    assert state.etag == '"old"'  # validators of the last good poll are kept


def test_retry_after_lengthens_the_backoff(server, client) -> None:
    feed = server.add("/busy.xml", Route(b"", status=503, headers={"Retry-After": "7200"}))
    state = poll_feed(FeedState(feed), SeenEntries(), client, SETTINGS, NOW).state
    assert state.next_poll_at == NOW + timedelta(seconds=7200)
    assert due_feeds([state], NOW + timedelta(seconds=7199)) == []
    assert due_feeds([state], NOW + timedelta(seconds=7200)) == [state]


def test_feedparser_leaves_entity_bombs_unexpanded() -> None:
    """feedparser strips entity declarations other than character references before
    parsing, so the bomb is not expanded even without the check in front of it."""
    started = time.monotonic()
    parsed = feedparser.parse(io.BytesIO(BOMB))
    assert time.monotonic() - started < 1.0
    assert len(parsed.feed.get("title", "")) < 100
    assert all(len(e.get("title", "")) < 100 for e in parsed.entries)
    leaked = feedparser.parse(io.BytesIO(EXTERNAL_ENTITY))
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in json.dumps(leaked.entries, default=str)


def test_xml_safety_check_refuses_entities_but_passes_doctypes_and_broken_xml() -> None:
    from transforms.feeds import UnsafeFeed

    for hostile in (BOMB, EXTERNAL_ENTITY):
        with pytest.raises(UnsafeFeed):
            check_xml_safety(hostile)
    netscape = (b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//'
                b'DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">'
                b'<rss version="0.91"><channel><title>t</title></channel></rss>')
    check_xml_safety(netscape)
    check_xml_safety(b"<rss><channel><item>unclosed")


def test_a_malformed_feed_that_still_has_entries_is_read_and_noted(server, client) -> None:
    body = rss([{"title": "Kept", "link": server.url("/kept")}])[:-len("</channel></rss>")]
    feed = server.add("/truncated.xml", Route(body + b"<item><title>cut", content_type="text/xml"))
    result = poll_feed(FeedState(feed), SeenEntries(), client, SETTINGS, NOW)
    assert "Kept" in [e.title for e in result.entries]
    assert result.state.consecutive_failures == 0
    assert result.state.last_error.startswith("malformed-feed: ")


def test_entries_beyond_the_limit_wait_for_the_next_poll(server, client) -> None:
    items = [{"title": f"E{i}", "link": server.url(f"/e{i}")} for i in range(5)]
    feed = server.add("/big.xml", Route(rss(items), etag='"v1"'))
    settings = FeedSettings(limits=LIMITS, max_entries=3)
    first = poll_feed(FeedState(feed), SeenEntries(), client, settings, NOW)
    assert [e.title for e in first.entries] == ["E0", "E1", "E2"]
    assert first.state.etag is None  # so the next poll reads the feed again, not a 304
    seen = SeenEntries(frozenset(e.canonical_url for e in first.entries))
    second = poll_feed(first.state, seen, client, settings, NOW)
    assert [e.title for e in second.entries] == ["E3", "E4"] and second.state.etag == '"v1"'


def test_a_feed_file_is_read_again_only_when_it_changes(tmp_path: Path, client) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss([{"title": "Local", "link": "https://example.com/local",
                           "pubDate": pub_date("2025-05-30")}]))
    first = poll_feed(FeedState(str(path)), SeenEntries(), client, SETTINGS, NOW)
    assert [(e.url, e.published) for e in first.entries] == [
        ("https://example.com/local", "2025-05-30")]
    again = poll_feed(first.state, SeenEntries(), client, SETTINGS, NOW)
    assert again.entries == [] and again.state.consecutive_failures == 0
    path.write_bytes(rss([{"title": "Newer", "link": "https://example.com/newer"}]))
    changed = poll_feed(again.state, SeenEntries(), client, SETTINGS, NOW)
    assert [e.title for e in changed.entries] == ["Newer"]


@pytest.mark.parametrize(("item", "expected"), [
    ({"published": "Tue, 03 Jun 2025 23:30:00 -0700"}, "2025-06-03"),
    ({"published": "2025-06-03T01:00:00+03:00"}, "2025-06-03"),
    ({"updated": "2025-06-04"}, "2025-06-04"),
    ({"published": "not a date", "updated": "Wed, 04 Jun 2025 08:00:00 GMT"}, "2025-06-04"),
    ({}, None),
])
def test_entry_date_keeps_the_publishers_day(item: dict, expected: str | None) -> None:
    assert entry_date(item) == expected


# ---- pages --------------------------------------------------------------------------------


def _entry(url: str, published: str | None = None) -> FeedEntry:
    return FeedEntry(feed_url="http://127.0.0.1/feed.xml", url=url, canonical_url=url,
                     entry_id="id-1", title="T", published=published)


def test_an_entry_page_becomes_a_raw_document_dated_from_its_metadata(server, client) -> None:
    url = serve_article(server, "GlobalNews_2026_05_24.html")
    raw = fetch_entry_page(_entry(url, "2001-01-01"), client, NOW)
    assert isinstance(raw, RawDocument) and raw.source_uri == url
    assert raw.origin["url"] == url and raw.origin["entry_published"] == "2001-01-01"
    assert {"canonical_url", "feed_url", "entry_id", "entry_title"} <= set(raw.origin)
    article = parse_document(raw, LIMITS.max_bytes)
    gold = GOLD["GlobalNews_2026_05_24.html"]
    assert (article.published_date, article.date_source) == (gold["published"][:10],
                                                             "html-meta")
    assert article.url == url


def test_a_page_without_date_metadata_takes_the_feed_date(server, client) -> None:
    url = server.add("/story/plain", Route(plain_page(GOLD["TheGuardian_2024_02_24.html"])))
    article = parse_document(fetch_entry_page(_entry(url, "2024-02-24"), client, NOW),
                             LIMITS.max_bytes)
    assert (article.published_date, article.date_source) == ("2024-02-24", "feed")
    undated = parse_document(fetch_entry_page(_entry(url), client, NOW), LIMITS.max_bytes)
    assert (undated.published_date, undated.date_source) == (None, None)


@pytest.mark.parametrize("prefix", [b"\xef\xbb\xbf", b'<?xml version="1.0" encoding="utf-8"?>\n'])
def test_a_page_with_a_bom_or_xml_declaration_is_read_as_html(server, client, prefix) -> None:
    """Feed pages rarely end in .html, so the markup must be recognised as such."""
    page = prefix + (CORPUS / "GlobalNews_2026_05_24.html").read_bytes()
    url = server.add("/world/strike", Route(page))
    article = parse_document(fetch_entry_page(_entry(url), client, NOW), LIMITS.max_bytes)
    assert "<" not in article.text[:200] and article.date_source == "html-meta"


@pytest.mark.parametrize(("path", "route", "reason"), [
    ("/gone", None, "http-404"),
    ("/report.pdf", Route(b"%PDF-1.7", content_type="application/pdf"), "not-html"),
    ("/slow", Route(b"<html></html>", delay=2.5), "timeout"),
])
def test_page_failures_become_rejections(server, client, path, route, reason) -> None:
    if route is not None:
        server.add(path, route)
    rejected = fetch_entry_page(_entry(server.url(path)), client, NOW)
    assert isinstance(rejected, Rejection) and rejected.reason == reason
    assert rejected.origin["feed_url"] == "http://127.0.0.1/feed.xml"


def test_a_file_link_in_a_feed_is_refused(client) -> None:
    rejected = fetch_entry_page(_entry("file:///etc/passwd"), client, NOW)
    assert (rejected.source_uri, rejected.reason) == ("file:///etc/passwd", "refused-scheme")


def test_a_private_address_is_refused_without_the_flag(server) -> None:
    url = serve_article(server, "BBC_2024_08_01.html")
    strict = HttpClient(FetchLimits(connect_timeout=1.0, read_timeout=1.0))
    rejected = fetch_entry_page(_entry(url), strict, NOW)
    assert rejected.reason == "refused-address" and "127.0.0.1" in rejected.detail
    assert server.hits("/news/BBC_2024_08_01.html") == []


# ---- the Beam transform -------------------------------------------------------------------


_COLLECTED: dict[str, list] = {}


def _collect(value: object, name: str) -> None:
    """Runs in the pipeline; the in-process runner shares this module with the test."""
    _COLLECTED.setdefault(name, []).append(value)


def _run_fetch_feeds(states: list[FeedState], seen: SeenEntries | None = None) -> dict:
    """Run FetchFeeds alone; return what each output held."""
    _COLLECTED.clear()
    names = ("documents", "rejected", "feed_states", "feed_entries")
    with beam.Pipeline(runner=make_runner("DirectRunner")) as pipeline:
        out = (pipeline | "Feeds" >> beam.Create(states)
               | "FetchFeeds" >> FetchFeeds(SETTINGS, seen or SeenEntries(), batch_size=8))
        for name in names:
            _ = getattr(out, name) | f"Collect{name}" >> beam.Map(_collect, name)
    return {name: list(_COLLECTED.get(name, [])) for name in names}


def test_fetch_feeds_fetches_a_page_shared_by_two_feeds_once(server) -> None:
    shared = serve_article(server, "GlobalNews_2026_05_24.html")
    only_b = serve_article(server, "Metro_2024_11_29.html")
    feed_a = server.add("/a.xml", Route(rss([{"title": "S", "link": shared, "guid": "s"}])))
    feed_b = server.add("/b.xml", Route(rss([
        {"title": "S", "link": shared + "?utm_source=b", "guid": "other-guid"},
        {"title": "M", "link": only_b, "guid": "m"},
        {"title": "F", "link": "file:///etc/passwd", "guid": "f"}])))
    broken = server.add("/broken.xml", Route(b"no", status=500))
    retry = _entry(server.url("/news/retried"))
    server.add("/news/retried", Route((CORPUS / "BBC_2024_08_01.html").read_bytes()))

    out = _run_fetch_feeds([FeedState(feed_a), FeedState(feed_b), FeedState(broken)],
                           SeenEntries(retries=(retry,)))

    assert sorted(d.source_uri for d in out["documents"]) == sorted(
        [shared, only_b, retry.canonical_url])
    assert len(server.hits("/news/GlobalNews_2026_05_24.html")) == 1
    [refused] = out["rejected"]  # feedparser hands the link on as file://etc/passwd
    assert refused.source_uri.startswith("file:") and refused.reason == "refused-scheme"
    states = {s["feed_url"]: s for s in out["feed_states"]}
    assert states[feed_a]["last_status"] == 200 and states[feed_b]["entries_new"] == 3
    assert states[broken]["last_error"].startswith("http-500")
    assert states[broken]["consecutive_failures"] == 1
    assert sorted(e["canonical_url"] for e in out["feed_entries"]) == sorted(
        [shared, only_b, refused.source_uri, retry.canonical_url])
    assert all(e["kind"] == "feed_entry" for e in out["feed_entries"])


def test_fetch_feeds_with_nothing_due_produces_nothing() -> None:
    out = _run_fetch_feeds([])
    assert out == {"documents": [], "rejected": [], "feed_states": [], "feed_entries": []}


# ---- feed state in the store --------------------------------------------------------------


@pytest.fixture
def con(db_path: Path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(db_path))
    ensure_schema(connection)
    yield connection
    connection.close()


def _commit_outcomes(con, run_id: str, ledger: dict[str, tuple[str, str | None]],
                     rejected: dict[str, str]) -> None:
    """What the run's commit writes before the feed updates: ledger and rejected rows."""
    for uri, (outcome, article_id) in ledger.items():
        con.execute("INSERT OR REPLACE INTO ledger VALUES (?, 0, 0, NULL, ?, ?, ?, now())",
                    [uri, article_id, outcome, run_id])
    for uri, reason in rejected.items():
        con.execute("INSERT INTO rejected VALUES (?, ?, 'detail', ?, now())",
                    [uri, reason, run_id])


def test_feed_updates_round_trip_with_entry_outcomes_and_retries(con) -> None:
    feed = "http://news.example/feed.xml"
    entries = {name: FeedEntry(feed, f"http://news.example/{name}?utm_source=x",
                               f"http://news.example/{name}", f"guid-{name}", name,
                               "2025-06-01")
               for name in ("ok", "dup", "slow", "gone")}
    state = FeedState(feed, title="Example", etag='"e"', last_status=200,
                      last_polled_at=NOW, next_poll_at=NOW + timedelta(minutes=10))
    _commit_outcomes(con, "r1", {
        entries["ok"].canonical_url: ("ingested", "a1"),
        entries["dup"].canonical_url: ("duplicate", "a1"),
        entries["slow"].canonical_url: ("rejected", None),
        entries["gone"].canonical_url: ("rejected", None)},
        {entries["slow"].canonical_url: "timeout", entries["gone"].canonical_url: "http-404"})
    updates = [state.to_record()] + [e.to_record(NOW) for e in entries.values()]
    backoff = Backoff(600.0, 86_400.0)
    write_feed_updates(con, updates, "r1", backoff=backoff, now=NOW)

    [loaded] = load_feed_states(con, [feed + "?utm_source=cli"])  # same feed, canonically
    assert (loaded.etag, loaded.title, loaded.next_poll_at) == ('"e"', "Example",
                                                                NOW + timedelta(minutes=10))
    rows = dict(con.execute("SELECT title, status FROM feed_entries").fetchall())
    assert rows == {"ok": "ingested", "dup": "duplicate", "slow": "failed", "gone": "abandoned"}

    seen = load_seen_entries(con, [feed], now=NOW)
    assert seen.urls == {e.canonical_url for e in entries.values()}
    assert (feed, "guid-ok") in seen.guids and seen.retries == ()
    later = load_seen_entries(con, [feed], now=NOW + timedelta(seconds=600))
    assert [r.canonical_url for r in later.retries] == [entries["slow"].canonical_url]
    assert later.retries[0].published == "2025-06-01"
    assert load_seen_entries(con, ["http://other.example/feed"], now=NOW + timedelta(days=1)
                             ).retries == ()

    # the retry fails again: attempts count up until the entry is given up
    for attempt, run_id in ((2, "r2"), (3, "r3"), (4, "r4")):
        _commit_outcomes(con, run_id, {entries["slow"].canonical_url: ("rejected", None)},
                         {entries["slow"].canonical_url: "timeout"})
        write_feed_updates(con, [entries["slow"].to_record(NOW)], run_id, backoff=backoff,
                           max_attempts=4, now=NOW)
        status, attempts = con.execute(
            "SELECT status, attempts FROM feed_entries WHERE title = 'slow'").fetchone()
        assert attempts == attempt
    assert status == "abandoned"


def test_an_entry_without_a_recorded_outcome_is_retried(con) -> None:
    entry = _entry("http://news.example/lost")
    write_feed_updates(con, [entry.to_record(NOW)], "r1", now=NOW)
    status, error, next_at = con.execute(
        "SELECT status, last_error, next_attempt_at FROM feed_entries").fetchone()
    assert status == "failed" and "no outcome" in error and next_at > NOW


def test_fresh_feeds_are_due_and_listed_once(con) -> None:
    states = load_feed_states(con, ["http://a.example/feed", "http://A.example/feed",
                                    "feeds/local.xml"])
    assert [s.feed_url for s in states] == ["http://a.example/feed",
                                            str(Path("feeds/local.xml").resolve())]
    assert due_feeds(states, NOW) == states


def test_coverage_views_leave_out_off_topic_articles(con) -> None:
    con.execute("INSERT INTO articles (article_id, source_uri, partition_key, content_hash, "
                "on_topic) VALUES ('on', 'u1', 'undated', 'h1', true), "
                "('off', 'u2', 'undated', 'h2', false), ('unscored', 'u3', 'undated', 'h3', NULL)")
    con.execute("INSERT INTO statements (statement_id, article_id, quote, kind, partition_key) "
                "VALUES ('s1', 'on', 'q', 'direct', 'undated'), "
                "('s2', 'off', 'q', 'direct', 'undated')")
    con.execute("INSERT INTO mentions (article_id, actor_id, surface, count, partition_key) "
                "VALUES ('on', 'x', 'X', 1, 'undated'), ('off', 'x', 'X', 2, 'undated')")
    assert {r[0] for r in con.execute("SELECT article_id FROM coverage").fetchall()} == {
        "on", "unscored"}
    assert con.execute("SELECT statement_id FROM coverage_statements").fetchall() == [("s1",)]
    assert con.execute("SELECT article_id FROM coverage_mentions").fetchall() == [("on",)]


# ---- feeds through the whole pipeline -----------------------------------------------------

WORLD_PAGES = ("GlobalNews_2026_05_24.html", "BBC_2024_08_01.html")
PLAIN = "TheGuardian_2024_02_24.html"  # served without date metadata: dated by its entry


def _world_feed(server: FeedServer, guid_suffix: str = "") -> bytes:
    strike = server.url("/news/GlobalNews_2026_05_24.html")
    return rss([
        {"title": "Strike", "link": strike + "?utm_source=rss", "guid": "tag:w:strike" +
         guid_suffix, "pubDate": pub_date("2026-05-24" if not guid_suffix else "2026-05-25")},
        {"title": "Explainer", "link": server.url("/news/BBC_2024_08_01.html"),
         "guid": "tag:w:obr"},
        {"title": "Fire", "link": server.url("/story/fire"), "guid": "tag:w:fire",
         "pubDate": pub_date("2024-02-24", hour=20)},
        {"title": "Local file", "link": "file:///etc/passwd", "guid": "tag:w:file"},
    ], title="World news")


@pytest.fixture(scope="module")
def feed_runs(tmp_path_factory):
    """Two runs over good and bad feeds (and one seed file), the feeds changing between them."""
    from conftest import SEEDS

    from pipeline.config import load_options
    from pipeline.run import RunRequest, ingest

    server = FeedServer().start()
    for name in (*WORLD_PAGES, "Metro_2024_11_29.html"):
        serve_article(server, name)
    server.add("/story/fire", Route(plain_page(GOLD[PLAIN])))
    feeds = {
        "world": server.add("/world.xml", Route(_world_feed(server), etag='"w1"',
                                                content_type="application/rss+xml")),
        "europe": server.add("/europe.xml", Route(rss([
            {"title": "Leaflets", "link": server.url("/news/Metro_2024_11_29.html")},
            {"title": "Strike (shared)",
             "link": server.url("/news/GlobalNews_2026_05_24.html?fbclid=1")},
        ]), last_modified=LAST_MODIFIED, content_type="application/rss+xml")),
        "error": server.add("/error.xml", Route(b"down", status=500)),
        "slow": server.add("/slow.xml", Route(rss([]), delay=2.5)),
        "malformed": server.add("/malformed.xml", Route(b"<rss><channel><title>x</ti&tle><<",
                                                        content_type="text/xml")),
        "bomb": server.add("/bomb.xml", Route(BOMB, content_type="application/rss+xml")),
    }
    options = load_options(**{"feeds.allow_private_network": True, "feeds.poll_interval": 0,
                              "feeds.connect_timeout": 1.0, "feeds.read_timeout": 1.0,
                              "feeds.total_timeout": 5.0})
    db = tmp_path_factory.mktemp("feeds") / "coverage.duckdb"
    seed = SEEDS / "000_e506d2ed8f02c040.txt"
    request = RunRequest(inputs=(str(seed),), feeds=tuple(feeds.values()), db=str(db))
    first = ingest(options, request)
    after_first = list(server.requests)
    server.routes["/world.xml"] = Route(_world_feed(server, guid_suffix="-v2"), etag='"w2"',
                                        content_type="application/rss+xml")
    second = ingest(options, RunRequest(feeds=tuple(feeds.values()), db=str(db)))
    yield {"db": db, "feeds": feeds, "server": server, "first": first, "second": second,
           "after_first": after_first, "after_second": list(server.requests)}
    server.stop()


def _query(db: Path, sql: str) -> list[tuple]:
    from conftest import query

    return query(db, sql)


def test_first_run_ingests_each_entry_once_with_its_date(feed_runs) -> None:
    db, server = feed_runs["db"], feed_runs["server"]
    assert feed_runs["first"].new_articles == 5  # four pages and the seed file
    rows = {url: (str(d) if d else None, source) for url, d, source in _query(
        db, "SELECT url, published_date, date_source FROM articles WHERE url IS NOT NULL")}
    for name in (*WORLD_PAGES, "Metro_2024_11_29.html"):
        assert rows[server.url(f"/news/{name}")] == (GOLD[name]["published"][:10], "html-meta")
    assert rows[server.url("/story/fire")] == ("2024-02-24", "feed")
    fetched = [r.path for r in feed_runs["after_first"] if not r.path.endswith(".xml")]
    assert sorted(fetched) == sorted(set(fetched))  # every page requested once
    assert fetched.count("/news/GlobalNews_2026_05_24.html") == 1  # in two feeds, 3 entries
    seeds = _query(db, "SELECT date_source FROM articles WHERE source_uri LIKE '%000_e506%'")
    assert seeds == [("header",)]
    first = feed_runs["first"]
    assert first.feeds_polled == len(feed_runs["feeds"]) and first.feed_pages >= 4
    assert f"feeds polled {first.feeds_polled}, feed pages {first.feed_pages}" in first.summary()


def test_second_run_polls_conditionally_and_fetches_no_page_again(feed_runs) -> None:
    feeds, server = feed_runs["feeds"], feed_runs["server"]
    assert feed_runs["second"].new_articles == 0
    second = feed_runs["after_second"][len(feed_runs["after_first"]):]
    assert {r.path for r in second} == {"/world.xml", "/europe.xml"}  # failing ones back off
    europe = next(r for r in second if r.path == "/europe.xml")
    assert europe.headers["if-modified-since"] == LAST_MODIFIED and europe.status == 304
    world = next(r for r in second if r.path == "/world.xml")
    assert world.headers["if-none-match"] == '"w1"' and world.status == 200
    # the world feed changed the GUID and date of an entry it had: not ingested again
    strike = server.url("/news/GlobalNews_2026_05_24.html")
    assert _query(feed_runs["db"], f"SELECT count(*) FROM articles WHERE url = '{strike}'") == [
        (1,)]
    state = dict(_query(feed_runs["db"], "SELECT feed_url, etag FROM feed_state"))
    assert state[feeds["world"]] == '"w2"'


def test_failing_feeds_are_recorded_while_the_good_ones_land(feed_runs) -> None:
    feeds = feed_runs["feeds"]
    state = {url: rest for url, *rest in _query(
        feed_runs["db"], "SELECT feed_url, last_status, consecutive_failures, last_error, "
                         "next_poll_at > last_polled_at FROM feed_state")}
    expected = {"error": (500, "http-500"), "slow": (None, "timeout"),
                "malformed": (200, "malformed-feed"), "bomb": (200, "unsafe-xml")}
    for name, (status, reason) in expected.items():
        last_status, failures, error, backs_off = state[feeds[name]]
        assert (last_status, failures, backs_off) == (status, 1, True), name
        assert error.startswith(reason + ":"), (name, error)
    assert state[feeds["world"]][:3] == [200, 0, None]
    assert state[feeds["europe"]][:3] == [304, 0, None]
    # four pages ingested, each counted under the one feed it was taken from
    health = _query(feed_runs["db"], "SELECT sum(entries_ingested), sum(entries_abandoned) "
                                     "FROM feed_health")
    assert health == [(4, 1)]


def test_a_file_link_in_a_feed_is_refused_and_recorded(feed_runs) -> None:
    db = feed_runs["db"]
    [(uri, reason)] = _query(db, "SELECT source_uri, reason FROM rejected "
                                 "WHERE source_uri LIKE 'file:%'")
    assert reason == "refused-scheme" and "passwd" in uri
    assert _query(db, "SELECT status FROM feed_entries WHERE url LIKE 'file:%'") == [
        ("abandoned",)]


def test_off_topic_articles_are_kept_out_of_the_coverage_views(feed_runs) -> None:
    db, server = feed_runs["db"], feed_runs["server"]
    explainer = server.url("/news/BBC_2024_08_01.html")
    strike = server.url("/news/GlobalNews_2026_05_24.html")
    flags = dict(_query(db, "SELECT url, on_topic FROM articles WHERE url IS NOT NULL"))
    assert flags[explainer] is False and flags[strike] is True
    covered = {u for (u,) in _query(db, "SELECT url FROM coverage")}
    assert strike in covered and explainer not in covered
    off_ids = {a for (a,) in _query(db, "SELECT article_id FROM articles WHERE NOT on_topic")}
    assert _query(db, "SELECT count(*) FROM statements WHERE article_id IN "
                      "(SELECT article_id FROM articles WHERE NOT on_topic)")[0][0] > 0
    in_views = {a for (a,) in _query(db, "SELECT article_id FROM coverage_statements UNION "
                                         "SELECT article_id FROM coverage_mentions")}
    assert in_views and not in_views & off_ids


def test_private_addresses_are_refused_without_the_flag(server, tmp_path: Path) -> None:
    from pipeline.config import load_options
    from pipeline.run import RunRequest, ingest

    feed = server.add("/feed.xml", Route(rss([{"title": "A", "link": server.url("/a")}])))
    db = tmp_path / "strict.duckdb"
    ingest(load_options(), RunRequest(feeds=(feed,), db=str(db)))
    assert server.requests == []
    [(status, error)] = _query(db, "SELECT last_status, last_error FROM feed_state")
    assert status is None and error.startswith("refused-address:") and "127.0.0.1" in error


def test_the_readme_feed_crontab_line_works_as_written(server, tmp_path: Path) -> None:
    from conftest import run_readme_crontab_line

    home = tmp_path / "home"
    (home / "news").mkdir(parents=True)
    page = serve_article(server, "GlobalNews_2026_05_24.html")
    feed = server.add("/feed.xml", Route(rss([{"title": "Strike", "link": page}]), etag='"1"'))
    (home / "news" / "feeds.toml").write_text(
        f'[input]\npaths = []\n[feeds]\nurls = ["{feed}"]\npoll_interval = 0\n'
        "allow_private_network = true  # the test server is on 127.0.0.1\n")
    run_readme_crontab_line("crontab-feeds", home)
    log = (home / "news" / "newsflow.log").read_text().splitlines()
    assert len(log) == 2, log
    assert "new articles 1," in log[0] and "new articles 0," in log[1]
    assert [r.status for r in server.hits("/feed.xml")] == [200, 304]
    assert len(server.hits("/news/GlobalNews_2026_05_24.html")) == 1
