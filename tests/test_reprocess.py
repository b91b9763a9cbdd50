"""`newsflow reprocess`: stored articles extracted again, their rows replaced in one go."""

from __future__ import annotations

import shutil

import duckdb
import pytest
from conftest import SEEDS, query, table_snapshot

from pipeline.cli import main
from pipeline.reprocess import ReprocessError, parse_since, reprocess
from transforms.extract import EXTRACTOR_VERSION


@pytest.fixture
def stored(tmp_path, options):
    """A store holding two seed articles of different dates."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("000_e506d2ed8f02c040.txt", "003_bf39bc6a18a36fb4.txt"):
        shutil.copy(SEEDS / name, inbox / name)
    db = tmp_path / "store.duckdb"
    assert main(["run", "--input", str(inbox), "--db", str(db)]) == 0
    return db


def _age(db) -> None:
    """Make stored rows look extracted by an older version, with a mention lost."""
    con = duckdb.connect(str(db))
    con.execute("UPDATE articles SET extractor_version = 'old'")
    con.execute("DELETE FROM mentions WHERE article_id IN "
                "(SELECT article_id FROM articles ORDER BY article_id LIMIT 1)")
    con.close()


def test_reprocess_restores_rows_of_stale_articles(stored, options):
    before = table_snapshot(stored)
    _age(stored)
    report = reprocess(options, str(stored))
    assert report.articles == 2
    after = table_snapshot(stored)
    for table in ("mentions", "statements", "actors", "actor_aliases"):
        assert after[table] == before[table], table
    assert query(stored, "SELECT DISTINCT extractor_version FROM articles") == \
        [(EXTRACTOR_VERSION,)]
    logged = query(stored, "SELECT DISTINCT partition_key FROM partition_log WHERE run_id = ?",
                   [report.run.run_id])
    assert sorted(p for (p,) in logged) == ["2025-05-15", "2025-05-16"]


def test_reprocess_with_nothing_stale_changes_nothing(stored, options):
    before = table_snapshot(stored)
    report = reprocess(options, str(stored))
    assert report.articles == 0
    assert table_snapshot(stored) == before


def test_since_and_all_select_articles(stored, options, capsys):
    assert reprocess(options, str(stored), since="2025-05-16", everything=True).articles == 1
    assert main(["reprocess", "--db", str(stored), "--all"]) == 0
    assert "2 article(s) extracted again" in capsys.readouterr().out


def test_bad_since_is_an_error():
    with pytest.raises(ReprocessError, match="not a date"):
        parse_since("16/05/2025")
