"""Continuous mode: a bounded Beam run whenever there is new input, then an idle wait.

Each cycle is one ordinary run (plan against the ledger, Beam, one-transaction commit), so
continuous mode has the same guarantees as `newsflow run`. Between cycles the process
sleeps on an Event, using no CPU; a stop request is honoured between cycles, and a second
one abandons the cycle in progress (its transaction never commits).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable

from pipeline.config import Options
from pipeline.run import Progress, RunInProgress, RunRequest, ingest
from sinks.store import RunReport, StoreLocked

_LOG = logging.getLogger(__name__)


class CycleAbandoned(Exception):
    """A second stop request interrupted a cycle; its transaction was not committed."""


class StopRequests:
    """SIGINT/SIGTERM: the first asks to stop after the current cycle, the second abandons it."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.abandoned = False

    def install(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._handle)

    def _handle(self, signum: int, _frame: object) -> None:
        if self.event.is_set():
            self.abandoned = True
            # Beam would log the interrupt as an error with a traceback: it was asked for.
            logging.getLogger("apache_beam").setLevel(logging.CRITICAL)
            raise KeyboardInterrupt
        _LOG.warning("received %s: stopping after the current cycle",
                     signal.Signals(signum).name)
        self.event.set()


def watch(options: Options, request: RunRequest, interval: float, stop: StopRequests,
          on_report: Callable[[RunReport], None],
          watcher_factory: Callable[[], Progress | None] = lambda: None) -> None:
    """Ingest whatever is new every interval seconds until a stop is requested."""
    while not stop.event.is_set():
        try:
            on_report(ingest(options, request, watcher_factory()))
        except RunInProgress as busy:
            _LOG.warning("skipping this cycle: %s", busy)
        except StoreLocked as locked:
            _LOG.warning("skipping this cycle: %s; its inputs stay pending", locked)
        except BaseException:
            # The interrupt may surface wrapped by Beam (a RuntimeError from a DoFn).
            if stop.abandoned:
                raise CycleAbandoned from None
            raise
        stop.event.wait(interval)
