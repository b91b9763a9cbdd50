"""Replace stored extractions: the commit of `newsflow reprocess`.

Reads the stored articles a reprocess asks for, and writes their fresh actors, mentions
and statements in one transaction: old mentions and statements of those articles go,
new ones come, articles record the extractor version, and the partitions are logged as
changed, so an incremental export picks them up.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import duckdb

from sinks.actors import resolve_actors
from sinks.store import (
    MENTION_SCHEMA,
    STATEMENT_SCHEMA,
    RunReport,
    id_table,
    insert_rows,
    log_partitions,
    mention_rows_for,
    registered,
    statement_rows_for,
    write_run,
)
from transforms.model import Article


def select_articles(con: duckdb.DuckDBPyConnection, extractor_version: str,
                    since: date | None = None, everything: bool = False) -> list[Article]:
    """Stored articles to re-extract: those of another extractor version, or all of them.

    With since, only articles published on or after that date (undated ones are left out).
    """
    conditions = []
    params: list = []
    if not everything:
        conditions.append("coalesce(extractor_version, '') <> ?")
        params.append(extractor_version)
    if since is not None:
        conditions.append("published_date >= ?")
        params.append(since)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    rows = con.execute(
        "SELECT article_id, source_uri, text, content_hash, title, outlet, authors, "
        "strftime(published_date, '%Y-%m-%d'), date_source, url, topics, relevance, on_topic "
        f"FROM articles {where} ORDER BY article_id", params).fetchall()
    return [Article(article_id=r[0], source_uri=r[1], text=r[2] or "", content_hash=r[3],
                    title=r[4], outlet=r[5], authors=list(r[6] or []), published_date=r[7],
                    date_source=r[8], url=r[9], topics=list(r[10] or []), relevance=r[11],
                    on_topic=r[12])
            for r in rows]


def commit_reextraction(con: duckdb.DuckDBPyConnection, report: RunReport,
                        articles: list[Article], *, runner: str,
                        extractor_version: str) -> RunReport:
    """Swap the mentions and statements of articles for fresh ones, in one transaction."""
    now = datetime.now(UTC)
    con.begin()
    try:
        ids = sorted({a.article_id for a in articles})
        with registered(con, "_reextracted", id_table(ids)):
            partitions = sorted({row[0] for row in con.execute(
                "SELECT DISTINCT partition_key FROM articles "
                "WHERE article_id IN (SELECT id FROM _reextracted)").fetchall()})
            for table in ("mentions", "statements"):
                con.execute(f"DELETE FROM {table} "
                            "WHERE article_id IN (SELECT id FROM _reextracted)")
            con.execute("UPDATE articles SET extractor_version = ? "
                        "WHERE article_id IN (SELECT id FROM _reextracted)", [extractor_version])

        actor_ids = resolve_actors(con, articles, report.run_id)
        mentions = [row for a in articles for row in mention_rows_for(a, actor_ids,
                                                                       report.run_id)]
        statements = [row for a in articles for row in statement_rows_for(a, actor_ids,
                                                                           report.run_id)]
        insert_rows(con, "mentions", mentions, MENTION_SCHEMA)
        insert_rows(con, "statements", statements, STATEMENT_SCHEMA)
        log_partitions(con, partitions, report.run_id, now)

        report.actors = len({row["actor_id"] for row in mentions})
        report.statements = len(statements)
        report.partitions = partitions
        report.finished_at = datetime.now(UTC)
        report.status = "committed"
        write_run(con, report, runner, extractor_version,
                  detail=f"reprocess of {len(ids)} article(s)")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return report
