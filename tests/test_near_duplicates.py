"""The near-duplicate index: syndicated copies flagged in their batch and in later runs,
different reports of one event never flagged, idempotent indexing, forgetting, rebuilding."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from conftest import SEEDS, query, table_snapshot
from test_pipeline import NEW_ARTICLE

from sinks import near_duplicates
from sinks.near_duplicates import band_keys, find_near_duplicates, forget_articles
from sinks.store import schema_sql
from transforms.fingerprint import NUM_PERM, compute_signature, estimate_similarity
from transforms.model import Article

THRESHOLD = 0.675


def make_article(text: str, uri: str, signed: bool = True) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(digest[:16], uri, text, digest,
                   signature=compute_signature(text) if signed else [])


def syndicate(text: str) -> str:
    """A wire copy: new headline, byline, ending cut, boilerplate, straight quotes."""
    sentences = re.split(r"(?<=[.!?\u201d])(\s+)", text)
    words = len(text.split())
    body = ""
    for sentence in sentences:
        if len(body.split()) >= 0.85 * words:
            break
        body += sentence
    body = (body.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
            .replace(" \u2013 ", " - "))
    return ("Talks open with low hopes\n\nBy Jordan Avery, Wire Service\n\n" + body +
            "\n\nCopyright 2025 Wire Service. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.")


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return [make_article(p.read_text(encoding="utf-8"), str(p))
            for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(tmp_path / "index.duckdb"))
    con.execute(schema_sql())
    yield con
    con.close()


def check(con: duckdb.DuckDBPyConnection, articles: list[Article], run_id: str = "run",
          threshold: float = THRESHOLD) -> dict[str, tuple[str, float]]:
    """One commit's call, in its own transaction."""
    con.begin()
    found = find_near_duplicates(con, articles, threshold, run_id)
    con.commit()
    return found


def counts(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    return (con.execute("SELECT count(*) FROM near_signatures").fetchall()[0][0],
            con.execute("SELECT count(*) FROM near_bands").fetchall()[0][0])


def test_syndicated_copy_is_flagged_in_the_same_batch(db, seeds) -> None:
    copy = make_article(syndicate(seeds[0].text), "wire/copy.txt")
    found = check(db, [*seeds, copy])
    assert set(found) == {copy.article_id}
    original, similarity = found[copy.article_id]
    assert original == seeds[0].article_id
    assert THRESHOLD <= similarity < 1.0
    assert counts(db) == (len(seeds), len(seeds) * near_duplicates.BANDS)


def test_syndicated_copy_is_flagged_in_a_later_run(tmp_path, seeds) -> None:
    path = tmp_path / "runs.duckdb"
    con = duckdb.connect(str(path))
    con.execute(schema_sql())
    assert check(con, seeds, "first") == {}
    con.close()

    con = duckdb.connect(str(path))
    copies = [make_article(syndicate(seed.text), f"wire/{i}.txt") for i, seed in enumerate(seeds)]
    found = check(con, copies, "second")
    con.close()
    assert {c.article_id: found[c.article_id][0] for c in copies} == {
        c.article_id: s.article_id for c, s in zip(copies, seeds, strict=True)}


def test_reports_of_the_same_event_are_not_duplicates(db, seeds) -> None:
    assert check(db, seeds) == {}
    for seed in seeds:
        db.begin()
        forget_articles(db, [seed.article_id])
        assert find_near_duplicates(db, [seed], THRESHOLD, "again") == {}
        db.rollback()


def test_the_first_copy_seen_is_the_one_kept(db, seeds) -> None:
    copy = make_article(syndicate(seeds[2].text), "wire/first.txt")
    found = check(db, [copy, seeds[2]])
    assert found == {seeds[2].article_id: (copy.article_id, found[seeds[2].article_id][1])}


def test_indexing_the_same_articles_again_changes_nothing(db, seeds) -> None:
    assert check(db, seeds) == {}
    before = counts(db)
    assert check(db, seeds) == {}
    assert check(db, [seeds[1], seeds[1]]) == {}
    assert counts(db) == before


def test_forgotten_article_no_longer_matches(db, seeds) -> None:
    check(db, seeds)
    db.begin()
    forget_articles(db, [seeds[0].article_id, "never-indexed"])
    db.commit()
    assert counts(db) == (len(seeds) - 1, (len(seeds) - 1) * near_duplicates.BANDS)
    copy = make_article(syndicate(seeds[0].text), "wire/copy.txt")
    assert check(db, [copy]) == {}
    assert counts(db)[0] == len(seeds)


def test_forget_keeps_other_articles_in_the_same_buckets(db, seeds) -> None:
    check(db, seeds[:1])
    kept_copy = make_article(syndicate(seeds[0].text), "wire/kept.txt")
    assert check(db, [kept_copy], threshold=1.0) == {}
    shared = set(band_keys(seeds[0].signature)) & set(band_keys(kept_copy.signature))
    assert shared
    db.begin()
    forget_articles(db, [seeds[0].article_id])
    db.commit()
    assert db.execute("SELECT DISTINCT article_id FROM near_bands").fetchall() == [
        (kept_copy.article_id,)]
    assert counts(db) == (1, near_duplicates.BANDS)
    assert check(db, [seeds[0]]) == {
        seeds[0].article_id: (kept_copy.article_id, check_similarity(seeds[0], kept_copy))}


def check_similarity(first: Article, second: Article) -> float:
    return round(estimate_similarity(first.signature, second.signature), 4)


def test_forget_then_index_again_in_one_transaction(db, seeds) -> None:
    """A changed file's old article leaves and an article with that id may come back."""
    check(db, seeds)
    db.begin()
    forget_articles(db, [seeds[3].article_id])
    assert find_near_duplicates(db, [seeds[3]], THRESHOLD, "swap") == {}
    db.commit()
    assert counts(db) == (len(seeds), len(seeds) * near_duplicates.BANDS)


def test_copy_below_the_threshold_is_kept_and_indexed(db, seeds) -> None:
    check(db, seeds)
    copy = make_article(syndicate(seeds[4].text), "wire/copy.txt")
    assert check(db, [copy], threshold=1.0) == {}
    assert counts(db)[0] == len(seeds) + 1


def test_missing_signature_is_computed_and_empty_text_is_skipped(db, seeds) -> None:
    unsigned = make_article(syndicate(seeds[1].text), "wire/unsigned.txt", signed=False)
    wordless = make_article("\u2014 \u201c \u201d", "wire/empty.txt")
    found = check(db, [seeds[1], unsigned, wordless])
    assert found[unsigned.article_id][0] == seeds[1].article_id
    assert wordless.article_id not in found
    assert counts(db)[0] == 1


def test_index_is_rebuilt_from_stored_text_when_its_scheme_changes(db, seeds) -> None:
    check(db, seeds[:2])
    stored = pa.table({"article_id": [s.article_id for s in seeds],
                       "source_uri": [s.source_uri for s in seeds],
                       "partition_key": ["undated"] * len(seeds),
                       "text": [s.text for s in seeds],
                       "content_hash": [s.content_hash for s in seeds]})
    db.register("stored", stored)
    db.execute("INSERT INTO articles BY NAME SELECT * FROM stored")
    db.unregister("stored")
    db.execute("UPDATE near_index_info SET scheme = 'minhash-older-layout'")
    copy = make_article(syndicate(seeds[4].text), "wire/copy.txt")
    assert check(db, [copy])[copy.article_id][0] == seeds[4].article_id
    assert counts(db) == (len(seeds), len(seeds) * near_duplicates.BANDS)
    assert db.execute("SELECT scheme FROM near_index_info").fetchall() == [
        (near_duplicates.INDEX_SCHEME,)]


def test_band_keys_are_stable_signed_64_bit_and_fit_the_signature() -> None:
    assert near_duplicates.BANDS * near_duplicates.ROWS_PER_BAND <= NUM_PERM
    signature = compute_signature("the same wire story in every paper that runs it today")
    keys = band_keys(signature)
    assert len(keys) == near_duplicates.BANDS == len(set(keys))
    assert all(-(2 ** 63) <= k < 2 ** 63 for k in keys)
    assert band_keys(list(signature)) == keys


@pytest.mark.parametrize("sql", ["BAND_LOOKUP_SQL", "SIGNATURE_LOOKUP_SQL"])
def test_lookups_are_index_scans(db, seeds, sql: str) -> None:
    check(db, seeds)
    keys = band_keys(seeds[0].signature) if sql == "BAND_LOOKUP_SQL" else [
        s.article_id for s in seeds]
    query = getattr(near_duplicates, sql).format(marks=", ".join("?" * len(keys)))
    plan = db.execute(f"EXPLAIN ANALYZE {query}", keys).fetchall()[0][1]
    assert "Index Scan" in plan and "Sequential Scan" not in plan


# End to end through `newsflow run`: the commit step calls the index above.

def _wire_copy(seed: Path) -> str:
    raw = seed.read_text(encoding="utf-8")
    header = re.match(r"\s*date\s+\S+\s+", raw)
    cut = header.end() if header else 0
    return raw[:cut] + syndicate(raw[cut:])


def _state(db: Path) -> dict[str, object]:
    return {
        "articles": dict(query(db, "SELECT source_uri, article_id FROM articles")),
        "duplicates": {uri: (of, method, similarity) for uri, of, method, similarity in query(
            db, "SELECT source_uri, duplicate_of, method, similarity FROM duplicates")},
        "indexed": sorted(i for (i,) in query(db, "SELECT article_id FROM near_signatures")),
        "band_rows": query(db, "SELECT count(*) FROM near_bands")[0][0],
        "last_run": query(db, "SELECT new_articles, duplicates FROM runs "
                              "ORDER BY started_at DESC LIMIT 1")[0],
        "snapshot": table_snapshot(db),
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, dict[str, object]]:
    """Five runs of `newsflow run` over one folder, the store's state after each."""
    from pipeline.cli import main

    inbox = tmp_path_factory.mktemp("inbox")
    db = tmp_path_factory.mktemp("store") / "coverage.duckdb"
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, inbox / seed.name)
    seed_files = sorted(inbox.glob("*.txt"))
    # Named to sort after the seeds: within a run, articles are committed in path order.
    (inbox / "wire_000.txt").write_text(_wire_copy(seed_files[0]), encoding="utf-8")
    states = {}

    def run(name: str) -> None:
        assert main(["run", "--input", str(inbox), "--db", str(db)]) == 0
        states[name] = _state(db)

    run("same run")
    (inbox / "wire_003.txt").write_text(_wire_copy(seed_files[3]), encoding="utf-8")
    run("later run")
    run("re-run")
    # A changed file replaces its article: the old one must leave the index with it.
    (inbox / "wire_002.txt").write_text(_wire_copy(seed_files[2]), encoding="utf-8")
    seed_files[2].write_text(" date 2025-06-02 " + NEW_ARTICLE, encoding="utf-8")
    run("replaced")
    return {"inbox": inbox, **states}


def _id_of(state: dict, name: str) -> str:
    return next(i for uri, i in state["articles"].items() if Path(uri).name == name)


def test_run_flags_a_copy_in_the_same_run_and_keeps_the_seeds(runs) -> None:
    state = runs["same run"]
    assert sorted(Path(uri).name for uri in state["articles"]) == sorted(
        p.name for p in SEEDS.glob("*.txt"))
    assert [Path(uri).name for uri in state["duplicates"]] == ["wire_000.txt"]
    original, method, similarity = next(iter(state["duplicates"].values()))
    assert (original, method) == (_id_of(state, "000_e506d2ed8f02c040.txt"), "near")
    assert THRESHOLD <= similarity < 1.0
    assert state["last_run"] == (5, 1)


def test_run_flags_a_copy_in_a_later_run(runs) -> None:
    state = runs["later run"]
    assert state["articles"] == runs["same run"]["articles"]
    flagged = {Path(uri).name: entry[:2] for uri, entry in state["duplicates"].items()}
    assert flagged["wire_003.txt"] == (_id_of(state, "003_bf39bc6a18a36fb4.txt"), "near")
    assert state["last_run"] == (0, 1)


def test_re_run_adds_nothing(runs) -> None:
    assert runs["re-run"]["snapshot"] == runs["later run"]["snapshot"]
    assert runs["re-run"]["indexed"] == runs["later run"]["indexed"]


def test_index_holds_exactly_the_stored_articles_after_every_run(runs) -> None:
    for name in ("same run", "later run", "re-run", "replaced"):
        state = runs[name]
        assert state["indexed"] == sorted(state["articles"].values()), name
        assert state["band_rows"] == len(state["articles"]) * near_duplicates.BANDS, name


def test_copy_of_a_replaced_article_is_a_new_article(runs) -> None:
    state = runs["replaced"]
    names = {Path(uri).name for uri in state["articles"]}
    assert {"002_2713d7da61a5e33a.txt", "wire_002.txt"} <= names
    assert _id_of(runs["same run"], "002_2713d7da61a5e33a.txt") not in state["indexed"]
    assert not any(Path(uri).name == "wire_002.txt" for uri in state["duplicates"])
    assert state["last_run"] == (2, 0)
