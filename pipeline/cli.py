"""The `newsflow` command line: a thin layer over pipeline.run and the sinks.

Exit status: 0 when the run committed (even with rejected inputs), 1 with a one-line
reason on anything fatal (bad config, database unusable or held too long), 2 for bad
usage, 75 (EX_TEMPFAIL) when another run is already active: not a failure, try later.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from pipeline.config import ConfigError, Options, load_options
from sinks.store import StoreError

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_USAGE = 2
EXIT_BUSY = 75
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsflow",
        description="Ingest news articles and feeds into a date-partitioned DuckDB store.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="ingest new inputs once and commit them")
    _add_common(run)
    _add_inputs(run, "a glob or folder of article files")
    _add_feed_options(run)
    run.set_defaults(handler=_cmd_run)

    watch = commands.add_parser("watch", help="keep ingesting new inputs until stopped")
    _add_common(watch)
    _add_inputs(watch, "a glob or folder to watch")
    watch.add_argument("--interval", type=float, default=60.0, metavar="SECONDS",
                       help="seconds between looks for new input (default 60)")
    _add_feed_options(watch)
    watch.set_defaults(handler=_cmd_watch)

    status = commands.add_parser("status", help="recent runs, feed health, pending inputs")
    _add_common(status)
    _add_inputs(status, "inputs to count as pending", runner=False)
    status.add_argument("--runs", type=int, default=10, help="how many runs to list")
    status.set_defaults(handler=_cmd_status)

    export = commands.add_parser("export", help="write the tables as Hive-partitioned Parquet")
    _add_common(export)
    export.add_argument("--parquet", required=True, metavar="DIR",
                        help="folder to write; only partitions that changed are replaced")
    export.set_defaults(handler=_cmd_export)

    evaluate = commands.add_parser(
        "evaluate", help="score extraction against gold annotations",
        description="Ingest the articles named by gold files and print precision, recall "
                    "and F1. A folder with gold.jsonl is scored for dates and authors.")
    _add_common(evaluate)
    evaluate.add_argument("gold", nargs="*", metavar="GOLD_DIR",
                          help="folder of gold *.json files, or of pages with gold.jsonl")
    evaluate.add_argument("--corpus", action="append", default=[], metavar="DIR",
                          help="a folder of pages with gold.jsonl (repeatable)")
    evaluate.add_argument("--articles", action="extend", nargs="+", default=[], metavar="DIR",
                          help="folders holding the article files (also searched: the gold "
                               "folder and seeds/)")
    evaluate.add_argument("--details", action="store_true",
                          help="also list every miss and every extra item")
    evaluate.set_defaults(handler=_cmd_evaluate)

    reprocess = commands.add_parser(
        "reprocess", help="re-extract stored articles with the current extractor")
    _add_common(reprocess)
    reprocess.add_argument("--since", default=None, metavar="DATE",
                           help="only articles published on or after DATE (YYYY-MM-DD)")
    reprocess.add_argument("--all", action="store_true",
                           help="also articles already extracted by the current version")
    reprocess.add_argument("--runner", default=None, help="Beam runner (default DirectRunner)")
    reprocess.set_defaults(handler=_cmd_reprocess)
    return parser


def _add_inputs(command: argparse.ArgumentParser, what: str, runner: bool = True) -> None:
    command.add_argument("--input", action="append", metavar="GLOB_OR_DIR", default=None,
                         help=f"{what} (repeatable; default: [input] paths, the seeds)")
    if runner:
        command.add_argument("--runner", default=None,
                             help="Beam runner (default DirectRunner, in-process and offline)")


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", default=None, metavar="PATH",
                         help="DuckDB file (default data/coverage.duckdb)")
    command.add_argument("--config", default=None, metavar="FILE",
                         help="TOML file overriding the packaged defaults")
    command.add_argument("--lock-timeout", type=float, default=None, metavar="SECONDS",
                         help="wait this long while another process holds the database "
                              "(default 60)")


def _add_feed_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--feed", action="append", metavar="URL_OR_FILE", default=None,
                         help="an RSS/Atom feed to poll (repeatable; default: [feeds] urls). "
                              "Naming inputs or feeds replaces both configured lists")
    command.add_argument("--allow-private-network", action="store_true", default=None,
                         help="also fetch from private, loopback and link-local addresses")


def _options(args: argparse.Namespace) -> Options:
    return load_options(args.config, **{
        "store.db": args.db,
        "feeds.allow_private_network": getattr(args, "allow_private_network", None)})


def _request(args: argparse.Namespace):
    from pipeline.run import RunRequest

    return RunRequest(inputs=tuple(getattr(args, "input", None) or ()),
                      feeds=tuple(getattr(args, "feed", None) or ()), db=args.db,
                      runner=getattr(args, "runner", None), lock_timeout=args.lock_timeout)


def _cmd_run(args: argparse.Namespace) -> int:
    from pipeline.run import ingest

    report = ingest(_options(args), _request(args), _progress_bar())
    _print_report(report)
    return EXIT_OK


def _cmd_watch(args: argparse.Namespace) -> int:
    from pipeline.watch import CycleAbandoned, StopRequests, watch

    stop = StopRequests()
    stop.install()
    print(f"newsflow: watching every {args.interval:g}s; Ctrl-C or SIGTERM stops",
          file=sys.stderr, flush=True)
    try:
        watch(_options(args), _request(args), args.interval, stop, _print_report,
              _progress_bar)
    except CycleAbandoned:
        print("newsflow: stopped; the cycle in progress was abandoned and nothing of it "
              "was committed", file=sys.stderr)
        return EXIT_INTERRUPTED
    print("newsflow: stopped", file=sys.stderr)
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    from pipeline.status import render_status

    options = _options(args)
    timeout = options.store.lock_timeout if args.lock_timeout is None else args.lock_timeout
    print(render_status(options, args.db or options.store.db, tuple(args.input or ()),
                        args.runs, timeout))
    return EXIT_OK


def _print_report(report) -> None:
    """One line per run: under cron this is the whole log of the run."""
    print(f"{report.started_at:%Y-%m-%dT%H:%M:%SZ} {report.summary()}", flush=True)


class _Bar:
    """A tqdm bar over the pending inputs, counting articles and rejections."""

    def __init__(self) -> None:
        self._bar = None
        self._counts = {"article": 0, "rejected": 0}

    def start(self, total: int) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=total, unit="file", desc="ingesting", file=sys.stderr,
                         dynamic_ncols=True, leave=False)

    def advance(self, event: str) -> None:
        self._counts[event] = self._counts.get(event, 0) + 1
        if self._bar is not None:
            self._bar.set_postfix(articles=self._counts["article"],
                                  rejected=self._counts["rejected"], refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _progress_bar() -> _Bar | None:
    """A bar only on a terminal; under cron the one summary line is the output."""
    return _Bar() if sys.stderr.isatty() else None


def _cmd_export(args: argparse.Namespace) -> int:
    from sinks.export import export_parquet

    options = _options(args)
    written = export_parquet(args.db or options.store.db, args.parquet)
    print(f"exported {len(written)} changed partition file(s) to {args.parquet}")
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pipeline.evaluate import render, run_evaluation
    from transforms.extract import EXTRACTOR_VERSION

    folders = list(args.gold) + list(args.corpus)
    if not folders:
        print("newsflow evaluate: give a GOLD_DIR or --corpus DIR", file=sys.stderr)
        return EXIT_USAGE
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    results = run_evaluation(_options(args), folders, args.db, args.articles, seeds,
                             args.lock_timeout)
    print(render(results, EXTRACTOR_VERSION, args.details))
    return EXIT_OK


def _cmd_reprocess(args: argparse.Namespace) -> int:
    from pipeline.reprocess import reprocess

    report = reprocess(_options(args), args.db, since=args.since, everything=args.all,
                       runner=args.runner, lock_timeout=args.lock_timeout)
    print(report.summary())
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose)
    handler: Callable[[argparse.Namespace], int] = args.handler
    from pipeline.run import RunInProgress

    try:
        return handler(args)
    except RunInProgress as busy:
        print(f"newsflow: skipped: {busy}", file=sys.stderr)
        return EXIT_BUSY
    except (ConfigError, StoreError) as exc:
        print(f"newsflow: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("newsflow: interrupted; nothing was committed", file=sys.stderr)
        return EXIT_INTERRUPTED


class _QuietBeam(logging.Filter):
    """Beam logs optional-dependency notes and every stage through the root logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR or "apache_beam" not in record.pathname


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not verbose:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_QuietBeam())


if __name__ == "__main__":
    sys.exit(main())
