"""One ingestion run: plan the inputs against the ledger, run Beam, commit the results.

The driver reads the ledger with a short read-only connection, hands only the pending
inputs to the Beam pipeline (whose workers write staged files and never open DuckDB),
then commits everything the pipeline produced in one transaction.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.config import Options
from sinks import staging
from sinks.store import RunReport, commit_run, connect, load_ledger, new_run_id, record_run
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


@dataclass(frozen=True)
class RunRequest:
    """What one run is asked to do, beyond the options."""

    inputs: tuple[str, ...] = ()
    db: str | None = None
    runner: str | None = None


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


def staging_root(db_path: str) -> str:
    return str(Path(db_path).with_name(Path(db_path).name + ".staging"))


def build_pipeline(pipeline: beam.Pipeline, sources: Sequence[SourceFile], prefix: str,
                   options: Options) -> None:
    """Wire the stages: read, parse, extract, fingerprint, stage."""
    read = (pipeline
            | "ListPending" >> beam.Create(list(sources))
            | "ReadArticles" >> ReadArticles(options.input.max_bytes))
    parsed = read.documents | "ParseArticles" >> ParseArticles(options.input.max_bytes)
    extracted = parsed.articles | "ExtractActorsAndStatements" >> ExtractActorsAndStatements(
        options.nlp.model, options.nlp.batch_size)
    signed = extracted.articles | "FingerprintArticles" >> FingerprintArticles(
        options.topics.weights, options.topics.min_relevance)
    _ = signed | "StageArticles" >> staging.WriteStaged(prefix, staging.ARTICLES)
    rejected = ((read[REJECTED], parsed[REJECTED], extracted[REJECTED])
                | "AllRejections" >> beam.Flatten())
    _ = rejected | "StageRejections" >> staging.WriteStaged(prefix, staging.REJECTIONS)


def run_beam(sources: Sequence[SourceFile], prefix: str, options: Options,
             runner_name: str) -> None:
    beam_options = PipelineOptions(list(options.runner.beam_args))
    with beam.Pipeline(runner=make_runner(runner_name), options=beam_options) as pipeline:
        build_pipeline(pipeline, sources, prefix, options)


def ingest(options: Options, request: RunRequest = RunRequest()) -> RunReport:
    """Run once over the inputs; returns the committed run's report."""
    from transforms.extract import EXTRACTOR_VERSION

    db_path = request.db or options.store.db
    runner_name = request.runner or options.runner.name
    report = RunReport(run_id=new_run_id(), started_at=datetime.now(UTC))
    sources = expand_inputs(request.inputs or options.input.paths, options.input.extensions)
    report.files_seen = len(sources)
    pending = pending_sources(sources, load_ledger(db_path))
    _clear_stale_staging(staging_root(db_path))
    prefix = os.path.join(staging_root(db_path), report.run_id)

    articles, rejections = [], []
    if pending:
        run_beam(pending, prefix, options, runner_name)
        articles = staging.read_articles(prefix)
        rejections = staging.read_rejections(prefix)

    con = connect(db_path)
    try:
        if pending:
            commit_run(con, report, articles, rejections,
                       near_threshold=options.dedup.near_threshold, runner=runner_name,
                       extractor_version=EXTRACTOR_VERSION)
        else:
            report.finished_at = datetime.now(UTC)
            record_run(con, report, runner_name, EXTRACTOR_VERSION)
    finally:
        con.close()
    staging.remove_staging(prefix)
    return report


def _clear_stale_staging(root: str) -> None:
    """Staging left by a run that died before committing; its inputs are still pending."""
    if os.path.isdir(root):
        for name in os.listdir(root):
            staging.remove_staging(os.path.join(root, name))
