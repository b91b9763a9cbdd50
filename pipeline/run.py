"""One ingestion run: plan the inputs against the ledger, run Beam, commit the results.

The driver reads the ledger with a short read-only connection, hands only the pending
inputs to the Beam pipeline (whose workers write staged files and never open DuckDB),
then commits everything the pipeline produced in one transaction.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions
from filelock import FileLock, Timeout

from pipeline.config import Options
from pipeline.feeds import FeedPlan, feed_commit, fetch_feeds, plan_feeds
from sinks import staging
from sinks.store import (
    RunReport,
    StoreError,
    commit_run,
    connect,
    load_ledger,
    new_run_id,
)
from transforms import progress
from transforms.articles import (
    REJECTED,
    ExtractActorsAndStatements,
    FingerprintArticles,
    ParseArticles,
    ReadArticles,
)
from transforms.model import SourceFile
from transforms.read import expand_inputs

_LOG = logging.getLogger(__name__)


class RunInProgress(RuntimeError):
    """Another run holds the run lock of this database."""


@dataclass(frozen=True)
class RunRequest:
    """What one run is asked to do, beyond the options."""

    inputs: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()  # feed URLs or files; with inputs, they replace the config's
    db: str | None = None
    runner: str | None = None
    lock_timeout: float | None = None


class Progress(Protocol):
    """What a run tells its watcher: how many inputs, then each one finished."""

    def start(self, total: int) -> None: ...

    def advance(self, event: str) -> None: ...

    def close(self) -> None: ...


@contextmanager
def run_lock(db_path: str) -> Iterator[None]:
    """Hold the database's run lock; raise RunInProgress at once if another run has it.

    An OS file lock: it is released when the holder exits, even by SIGKILL.
    """
    lock_path = str(db_path) + ".run.lock"
    lock = FileLock(lock_path, timeout=0)
    try:
        Path(lock_path).parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:  # before OSError: filelock's Timeout is a TimeoutError
        holder = _read_pid(lock_path + ".pid")
        raise RunInProgress(f"another run is active on {db_path}"
                            + (f" (pid {holder})" if holder else "")) from None
    except OSError as exc:
        raise StoreError(f"cannot use the folder of {db_path}: {exc}") from exc
    try:
        Path(lock_path + ".pid").write_text(str(os.getpid()))
        yield
    finally:
        lock.release()


def _read_pid(path: str) -> str | None:
    try:
        return Path(path).read_text().strip() or None
    except OSError:
        return None


def make_runner(name: str):
    """The Beam runner for name; DirectRunner runs in-process without trying Prism.

    Beam's DirectRunner first tries the Prism runner, which downloads a binary; offline that
    fails noisily before falling back to the FnApiRunner. Choosing the FnApiRunner directly
    makes the local path deterministic and silent.
    """
    if name in ("DirectRunner", "direct", "FnApiRunner"):
        from apache_beam.runners.portability.fn_api_runner import FnApiRunner

        return FnApiRunner()
    return name


def pending_sources(sources: Sequence[SourceFile], ledger: dict) -> list[SourceFile]:
    """Sources that are new or whose size or modification time changed."""
    pending = []
    for source in sources:
        entry = ledger.get(source.uri)
        if entry is None or entry.size != source.size or entry.mtime != source.mtime:
            pending.append(source)
    return pending


def staging_root(db_path: str, configured: str = "") -> str:
    """Where workers stage results: beside the database unless configured (gs://... etc.)."""
    if configured:
        return configured
    return str(Path(db_path).with_name(Path(db_path).name + ".staging"))


def build_pipeline(pipeline: beam.Pipeline, sources: Sequence[SourceFile], prefix: str,
                   options: Options, token: str = "", feeds: FeedPlan | None = None) -> None:
    """Wire the stages: read (files and feeds), parse, extract, fingerprint, stage."""
    read = (pipeline
            | "ListPending" >> beam.Create(list(sources))
            | "ReadArticles" >> ReadArticles(options.input.max_bytes))
    documents, fetch_rejections = read.documents, []
    if feeds is not None and feeds.active:
        fetched = fetch_feeds(pipeline, feeds, prefix)
        documents = (read.documents, fetched.documents) | "AllDocuments" >> beam.Flatten()
        fetch_rejections = [fetched.rejected]
    parsed = documents | "ParseArticles" >> ParseArticles(options.input.max_bytes)
    extracted = parsed.articles | "ExtractActorsAndStatements" >> ExtractActorsAndStatements(
        options.nlp.model, options.nlp.batch_size)
    signed = extracted.articles | "FingerprintArticles" >> FingerprintArticles(
        options.topics.weights, options.topics.min_relevance)
    _ = (signed
         | "CountArticles" >> beam.Map(progress.tick, token, "article")
         | "StageArticles" >> staging.WriteStaged(prefix, staging.ARTICLES))
    _ = ((read[REJECTED], *fetch_rejections, parsed[REJECTED], extracted[REJECTED])
         | "AllRejections" >> beam.Flatten()
         | "CountRejections" >> beam.Map(progress.tick, token, "rejected")
         | "StageRejections" >> staging.WriteStaged(prefix, staging.REJECTIONS))


def run_beam(sources: Sequence[SourceFile], prefix: str, options: Options,
             runner_name: str, token: str = "", feeds: FeedPlan | None = None) -> None:
    beam_options = PipelineOptions(list(options.runner.beam_args))
    with beam.Pipeline(runner=make_runner(runner_name), options=beam_options) as pipeline:
        build_pipeline(pipeline, sources, prefix, options, token, feeds)


def ingest(options: Options, request: RunRequest = RunRequest(),
           watcher: Progress | None = None) -> RunReport:
    """Run once over the inputs under the run lock; returns the committed run's report."""
    db_path = request.db or options.store.db
    with run_lock(db_path):
        return _ingest_locked(options, request, db_path, watcher)


def _ingest_locked(options: Options, request: RunRequest, db_path: str,
                   watcher: Progress | None) -> RunReport:
    from transforms.extract import EXTRACTOR_VERSION

    runner_name = request.runner or options.runner.name
    lock_timeout = (options.store.lock_timeout if request.lock_timeout is None
                    else request.lock_timeout)
    report = RunReport(run_id=new_run_id(), started_at=datetime.now(UTC))
    # Inputs or feeds named for the run replace both configured lists.
    named = bool(request.inputs or request.feeds)
    sources = expand_inputs(request.inputs if named else options.input.paths,
                            options.input.extensions)
    report.files_seen = len(sources)
    pending = pending_sources(sources, load_ledger(db_path, lock_timeout))
    feeds = plan_feeds(options, request.feeds if named else options.feeds.urls, db_path,
                       lock_timeout)
    root = staging_root(db_path, options.runner.staging)
    _clear_stale_staging(root)
    prefix = FileSystems.join(root, report.run_id)

    if not (pending or feeds.active):
        # Nothing to commit: the database is not opened for writing, so a re-run changes
        # nothing and never locks readers out.
        report.finished_at = datetime.now(UTC)
        report.status = "nothing new"
        return report

    if watcher is not None:
        watcher.start(len(pending))
        progress.listen(report.run_id, watcher.advance)
    try:
        run_beam(pending, prefix, options, runner_name, report.run_id, feeds)
    finally:
        progress.stop_listening(report.run_id)
        if watcher is not None:
            watcher.close()
    articles = staging.read_articles(prefix)
    rejections = staging.read_rejections(prefix)
    report.feeds_polled = len(feeds.due)
    report.feed_pages = sum(1 for record in (*articles, *rejections)
                            if record.origin.get("feed_url"))
    con = connect(db_path, lock_timeout=lock_timeout)
    try:
        commit_run(con, report, articles, rejections,
                   near_threshold=options.dedup.near_threshold, runner=runner_name,
                   extractor_version=EXTRACTOR_VERSION,
                   on_commit=feed_commit(options, prefix, report.run_id))
    finally:
        con.close()
    staging.remove_staging(prefix)
    return report


def _clear_stale_staging(root: str) -> None:
    """Staging left by a run that died before committing; its inputs are still pending.

    Safe because the caller holds the run lock: no other run is staging right now.
    """
    if FileSystems.exists(root):
        staging.remove_staging(root)
