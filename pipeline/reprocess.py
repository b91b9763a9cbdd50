"""`newsflow reprocess`: extract stored articles again with the current extractor.

Articles are read back from the store (their text is kept there), extracted by the same
Beam stage as a normal run, staged, and committed by sinks.reextract in one transaction
that replaces their mentions and statements. By default only articles extracted by another
extractor version are taken; --all takes every one, --since only the recent ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.config import ConfigError, Options
from pipeline.run import make_runner, run_lock, staging_root
from sinks import staging
from sinks.reextract import commit_reextraction, select_articles
from sinks.store import RunReport, connect, new_run_id
from transforms.articles import ExtractActorsAndStatements
from transforms.model import Article


class ReprocessError(ConfigError):
    """The reprocess request cannot be carried out as given."""


@dataclass
class ReprocessReport:
    run: RunReport
    articles: int
    extractor_version: str

    def summary(self) -> str:
        run = self.run
        return (f"reprocess {run.run_id} {run.status}: {self.articles} article(s) extracted "
                f"again by extractor {self.extractor_version}, actors {run.actors}, "
                f"statements {run.statements}, partitions {len(run.partitions)}, "
                f"{run.seconds:.1f}s")


def parse_since(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ReprocessError(f"--since {value!r} is not a date (YYYY-MM-DD)") from None


def reprocess(options: Options, db: str | None = None, *, since: str | None = None,
              everything: bool = False, runner: str | None = None,
              lock_timeout: float | None = None) -> ReprocessReport:
    """Re-extract the selected stored articles and replace their rows."""
    from transforms.extract import EXTRACTOR_VERSION

    since_date = parse_since(since)
    db_path = db or options.store.db
    timeout = options.store.lock_timeout if lock_timeout is None else lock_timeout
    runner_name = runner or options.runner.name
    report = RunReport(run_id=new_run_id(), started_at=datetime.now(UTC))
    with run_lock(db_path):
        con = connect(db_path, read_only=True, lock_timeout=timeout)
        try:
            articles = select_articles(con, EXTRACTOR_VERSION, since_date, everything)
        finally:
            con.close()
        extracted = _extract(articles, options, runner_name, db_path, report.run_id)
        con = connect(db_path, lock_timeout=timeout)
        try:
            commit_reextraction(con, report, extracted, runner=runner_name,
                                extractor_version=EXTRACTOR_VERSION)
        finally:
            con.close()
    return ReprocessReport(report, len(extracted), EXTRACTOR_VERSION)


def _extract(articles: list[Article], options: Options, runner_name: str, db_path: str,
             run_id: str) -> list[Article]:
    """Run the extraction stage over articles on the configured runner, through staging."""
    if not articles:
        return []
    prefix = FileSystems.join(staging_root(db_path, options.runner.staging), run_id)
    try:
        beam_options = PipelineOptions(list(options.runner.beam_args))
        with beam.Pipeline(runner=make_runner(runner_name), options=beam_options) as pipeline:
            extracted = (pipeline
                         | "ListStored" >> beam.Create(articles)
                         | "ExtractActorsAndStatements" >> ExtractActorsAndStatements(
                             options.nlp.model, options.nlp.batch_size))
            _ = extracted.articles | "StageArticles" >> staging.WriteStaged(
                prefix, staging.ARTICLES)
        return staging.read_articles(prefix)
    finally:
        staging.remove_staging(prefix)
