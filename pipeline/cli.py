"""The `newsflow` command line: a thin layer over pipeline.run and the sinks.

Exit status: 0 when the run committed (even with rejected inputs), 1 with a one-line
reason on anything fatal, 2 for bad usage.
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsflow",
        description="Ingest news articles and feeds into a date-partitioned DuckDB store.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="ingest new inputs once and commit them")
    _add_common(run)
    run.add_argument("--input", action="append", metavar="GLOB_OR_DIR", default=None,
                     help="a glob or folder of article files (repeatable; default: the seeds)")
    run.add_argument("--runner", default=None,
                     help="Beam runner (default DirectRunner, in-process and offline)")
    run.set_defaults(handler=_cmd_run)

    export = commands.add_parser("export", help="write the tables as Hive-partitioned Parquet")
    _add_common(export)
    export.add_argument("--parquet", required=True, metavar="DIR",
                        help="folder to write; only partitions that changed are replaced")
    export.set_defaults(handler=_cmd_export)
    return parser


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", default=None, metavar="PATH",
                         help="DuckDB file (default data/coverage.duckdb)")
    command.add_argument("--config", default=None, metavar="FILE",
                         help="TOML file overriding the packaged defaults")


def _options(args: argparse.Namespace) -> Options:
    return load_options(args.config)


def _cmd_run(args: argparse.Namespace) -> int:
    from pipeline.run import RunRequest, ingest

    options = _options(args)
    report = ingest(options, RunRequest(inputs=tuple(args.input or ()), db=args.db,
                                        runner=args.runner))
    print(report.summary())
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from sinks.export import export_parquet

    options = _options(args)
    written = export_parquet(args.db or options.store.db, args.parquet)
    print(f"exported {len(written)} changed partition file(s) to {args.parquet}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except (ConfigError, StoreError) as exc:
        print(f"newsflow: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("newsflow: interrupted; nothing was committed", file=sys.stderr)
        return 130


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Beam's runners log every stage at INFO; keep the terminal to what a user needs.
    logging.getLogger("apache_beam").setLevel(logging.INFO if verbose else logging.ERROR)


if __name__ == "__main__":
    sys.exit(main())
