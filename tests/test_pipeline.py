"""End to end: files in, rows out; incremental, idempotent, crash-safe."""

from __future__ import annotations

import gzip
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import RESOURCES, ROOT, SEEDS, query, table_snapshot

from pipeline.run import RunRequest, ingest
from sinks.export import export_parquet

SEED_DATES = {
    "000_e506d2ed8f02c040.txt": "2025-05-16",
    "001_e203ae38a62b396d.txt": "2025-05-16",
    "002_2713d7da61a5e33a.txt": None,
    "003_bf39bc6a18a36fb4.txt": "2025-05-15",
    "004_05a00912001abead.txt": "2025-05-15",
}
NEW_ARTICLE = textwrap.dedent("""\
     date 2025-06-02 Negotiators from both delegations met again in Istanbul on Monday for a
    second round of talks, exchanging draft memorandums on a ceasefire and prisoner swaps.

    "We handed over our proposals and we expect answers," the head of one delegation told
    reporters after the meeting, which lasted a little over an hour.

    Officials said a third round could take place within weeks if both sides agreed on an agenda.
    """)


def _run(options, db, *inputs):
    return ingest(options, RunRequest(inputs=tuple(str(i) for i in inputs), db=str(db)))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, options):
    """One seed run shared by the read-only tests below."""
    db = tmp_path_factory.mktemp("seeded") / "coverage.duckdb"
    report = _run(options, db, SEEDS / "*.txt")
    return db, report


def test_seed_run_stores_five_articles_with_their_dates(seeded):
    db, report = seeded
    assert report.files_seen == 5 and report.new_articles == 5
    assert report.duplicates == 0 and report.rejected == 0
    rows = query(db, "SELECT source_uri, published_date, date_source FROM articles")
    dates = {Path(uri).name: (str(d) if d else None, source) for uri, d, source in rows}
    assert {name: d for name, (d, _) in dates.items()} == SEED_DATES
    assert dates["002_2713d7da61a5e33a.txt"] == (None, None)
    assert dates["000_e506d2ed8f02c040.txt"][1] == "header"


def test_seed_run_extracts_actors_and_statements(seeded):
    db, report = seeded
    assert report.actors > 10 and report.statements > 10
    kinds = {k for (k,) in query(db, "SELECT DISTINCT kind FROM actors")}
    assert {"person", "place"} <= kinds <= {"person", "organization", "place", "group"}
    quotes = query(db, "SELECT count(*) FROM statements WHERE kind = 'direct' "
                       "AND speaker_actor_id IS NOT NULL")[0][0]
    assert quotes >= 10


def test_byline_names_are_authors_not_actors(seeded):
    db, _ = seeded
    authors = query(db, "SELECT authors, outlet FROM articles WHERE source_uri LIKE '%004_%'")[0]
    assert "Mary Ilyushina" in authors[0] and authors[1] == "Washington Post"
    names = {n for (n,) in query(db, "SELECT name FROM actors WHERE kind = 'person'")}
    assert not names & set(authors[0])


def test_partitions_view_lists_each_date_and_undated(seeded):
    db, report = seeded
    rows = query(db, "SELECT partition_key, articles, last_run_id FROM partitions")
    assert {(p, n) for p, n, _ in rows} == {("2025-05-15", 2), ("2025-05-16", 2), ("undated", 1)}
    assert {run for _, _, run in rows} == {report.run_id}
    stray = query(db, "SELECT count(*) FROM statements s JOIN articles a USING (article_id) "
                      "WHERE s.partition_key <> a.partition_key")[0][0]
    assert stray == 0


def test_second_run_adds_nothing_and_new_file_adds_only_its_rows(options, seed_copy, db_path):
    _run(options, db_path, seed_copy)
    before = table_snapshot(db_path)
    runs = query(db_path, "SELECT count(*) FROM runs")[0][0]
    again = _run(options, db_path, seed_copy)
    assert (again.new_articles, again.duplicates, again.rejected) == (0, 0, 0)
    assert again.status == "nothing new"
    assert table_snapshot(db_path) == before
    assert query(db_path, "SELECT count(*) FROM runs")[0][0] == runs

    (seed_copy / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    report = _run(options, db_path, seed_copy)
    assert (report.files_seen, report.new_articles) == (6, 1)
    assert report.partitions == ["2025-06-02"]
    after = table_snapshot(db_path)
    for table in ("articles", "mentions", "statements"):
        added = set(after[table]) - set(before[table])
        assert added, table
        assert set(before[table]) <= set(after[table])
    partitions = dict(query(db_path, "SELECT partition_key, last_run_id FROM partitions"))
    assert partitions["2025-06-02"] == report.run_id
    assert partitions["2025-05-15"] != report.run_id


def test_changed_file_replaces_its_rows(options, seed_copy, db_path):
    _run(options, db_path, seed_copy)
    target = seed_copy / "003_bf39bc6a18a36fb4.txt"
    old_id = query(db_path, "SELECT article_id FROM articles WHERE source_uri = ?",
                   [str(target)])[0][0]
    target.write_text(NEW_ARTICLE, encoding="utf-8")
    report = _run(options, db_path, seed_copy)
    assert report.new_articles == 1
    rows = query(db_path, "SELECT article_id, published_date FROM articles WHERE source_uri = ?",
                 [str(target)])
    assert len(rows) == 1 and rows[0][0] != old_id and str(rows[0][1]) == "2025-06-02"
    for table in ("articles", "mentions", "statements"):
        assert query(db_path, f"SELECT count(*) FROM {table} WHERE article_id = ?",
                     [old_id])[0][0] == 0
    assert sorted(report.partitions) == ["2025-05-15", "2025-06-02"]


def test_renamed_copy_is_an_exact_duplicate(options, seed_copy, db_path):
    shutil.copy(seed_copy / "001_e203ae38a62b396d.txt", seed_copy / "copy-in-same-run.txt")
    first = _run(options, db_path, seed_copy)
    assert (first.new_articles, first.duplicates) == (5, 1)
    shutil.copy(seed_copy / "000_e506d2ed8f02c040.txt", seed_copy / "renamed.txt")
    second = _run(options, db_path, seed_copy)
    assert (second.new_articles, second.duplicates) == (0, 1)
    rows = query(db_path, "SELECT d.source_uri, d.method, d.similarity, a.source_uri "
                          "FROM duplicates d JOIN articles a ON a.article_id = d.duplicate_of "
                          "ORDER BY 1")
    names = [(Path(dup).name, method, sim, Path(orig).name) for dup, method, sim, orig in rows]
    assert names == [
        ("copy-in-same-run.txt", "exact", 1.0, "001_e203ae38a62b396d.txt"),
        ("renamed.txt", "exact", 1.0, "000_e506d2ed8f02c040.txt"),
    ]
    assert query(db_path, "SELECT count(*) FROM articles")[0][0] == 5


def test_copy_of_a_replaced_article_takes_its_place(options, seed_copy, db_path):
    original = seed_copy / "000_e506d2ed8f02c040.txt"
    shutil.copy(original, seed_copy / "zz-copy.txt")
    assert _run(options, db_path, seed_copy).duplicates == 1
    original.write_text(NEW_ARTICLE, encoding="utf-8")
    _run(options, db_path, seed_copy)
    assert query(db_path, "SELECT count(*) FROM duplicates")[0][0] == 0
    later = _run(options, db_path, seed_copy)
    assert (later.new_articles, later.duplicates) == (1, 0)
    stored = {Path(uri).name for (uri,) in query(db_path, "SELECT source_uri FROM articles")}
    assert "zz-copy.txt" in stored and len(stored) == 6


def test_each_input_format_lands(options, tmp_path, db_path):
    inbox = tmp_path / "formats"
    inbox.mkdir()
    (inbox / "plain.txt").write_text(NEW_ARTICLE.split(" ", 3)[3], encoding="utf-8")
    shutil.copy(RESOURCES / "page.html", inbox / "page.html")
    (inbox / "seed.txt.gz").write_bytes(gzip.compress((SEEDS / "003_bf39bc6a18a36fb4.txt")
                                                      .read_bytes()))
    (inbox / "page.htm.gz").write_bytes(gzip.compress((RESOURCES / "page.html").read_bytes()
                                                      .replace(b"<title>", b"<title>Copy ")))
    report = _run(options, db_path, inbox)
    assert report.rejected == 0
    rows = dict(query(db_path, "SELECT regexp_extract(source_uri, '[^/]+$'), date_source "
                               "FROM articles"))
    assert rows["plain.txt"] is None
    assert rows["seed.txt.gz"] == "header"
    # The gzipped page has the same text as page.html: stored once, the first in path order.
    assert rows["page.htm.gz"] == "html-meta" and "page.html" not in rows
    assert report.new_articles == 3 and report.duplicates == 1


def test_bad_inputs_are_rejected_while_good_files_land(options, seed_copy, db_path):
    (seed_copy / "empty.txt").write_bytes(b"")
    (seed_copy / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (seed_copy / "latin.txt").write_bytes(b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28" * 80)
    (seed_copy / "huge.txt").write_bytes(b"word " * (options.input.max_bytes // 5 + 1))
    (seed_copy / "nothing.html").write_bytes(b"<html><body><nav>Home</nav></body></html>")
    report = _run(options, db_path, seed_copy)
    assert report.new_articles == 5 and report.rejected == 5
    reasons = dict(query(db_path, "SELECT regexp_extract(source_uri, '[^/]+$'), reason "
                                  "FROM rejected"))
    assert reasons == {"empty.txt": "empty", "binary.txt": "binary", "latin.txt": "undecodable",
                       "huge.txt": "too-large", "nothing.html": "no-text"}
    again = _run(options, db_path, seed_copy)
    assert again.rejected == 0, "an unchanged bad file is not read again"


_KILL_DURING_COMMIT = textwrap.dedent("""\
    import os, signal, sys
    import sinks.store as store
    real_insert = store.insert_rows
    def insert_then_die(con, table, rows, schema):
        real_insert(con, table, rows, schema)
        if table == "statements":
            os.kill(os.getpid(), signal.SIGKILL)
    store.insert_rows = insert_then_die
    from pipeline.cli import main
    sys.exit(main(sys.argv[1:]))
    """)


def test_run_killed_during_commit_leaves_store_unchanged(options, seed_copy, db_path, tmp_path):
    _run(options, db_path, seed_copy / "000_e506d2ed8f02c040.txt")
    before = table_snapshot(db_path)
    script = tmp_path / "die.py"
    script.write_text(_KILL_DURING_COMMIT)
    killed = subprocess.run([sys.executable, str(script), "run", "--input", str(seed_copy),
                             "--db", str(db_path)], cwd=ROOT, capture_output=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    assert table_snapshot(db_path) == before

    report = _run(options, db_path, seed_copy)
    assert report.new_articles == 4
    reference = tmp_path / "reference.duckdb"
    _run(options, reference, seed_copy / "000_e506d2ed8f02c040.txt")
    _run(options, reference, seed_copy)
    assert table_snapshot(db_path) == table_snapshot(reference)


def test_run_killed_at_any_moment_leaves_store_whole(options, seed_copy, db_path, tmp_path):
    _run(options, db_path, seed_copy / "000_e506d2ed8f02c040.txt")
    before = table_snapshot(db_path)
    for delay in (1.0, 3.0, 6.0):
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--input",
                                 str(seed_copy), "--db", str(db_path)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        after = table_snapshot(db_path)
        if after != before:  # the run got as far as committing: then it committed whole
            assert query(db_path, "SELECT count(*) FROM articles")[0][0] == 5
            break
    report = _run(options, db_path, seed_copy)
    assert query(db_path, "SELECT count(*) FROM articles")[0][0] == 5
    assert report.rejected == 0
    staging = Path(str(db_path) + ".staging")
    assert not staging.exists() or not os.listdir(staging)


def test_export_writes_hive_partitions_and_rewrites_only_changed(options, seed_copy, db_path,
                                                                 tmp_path):
    out = tmp_path / "parquet"
    _run(options, db_path, seed_copy)
    first = export_parquet(db_path, out)
    assert out.joinpath("articles", "partition_key=undated", "data.parquet").exists()
    assert out.joinpath("statements", "partition_key=2025-05-15", "data.parquet").exists()
    table = pq.read_table(out / "articles")
    assert table.num_rows == 5
    assert sorted(set(table.column("partition_key").to_pylist())) == [
        "2025-05-15", "2025-05-16", "undated"]
    assert any(f.endswith("actors/data.parquet") for f in first)

    stamp = out.joinpath("articles", "partition_key=2025-05-15", "data.parquet").stat().st_mtime_ns
    (seed_copy / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    _run(options, db_path, seed_copy)
    second = export_parquet(db_path, out)
    partitioned = sorted({Path(f).parent.name for f in second if "partition_key=" in f})
    assert partitioned == ["partition_key=2025-06-02"]
    assert out.joinpath("articles", "partition_key=2025-05-15",
                        "data.parquet").stat().st_mtime_ns == stamp
    assert pq.read_table(out / "articles").num_rows == 6
