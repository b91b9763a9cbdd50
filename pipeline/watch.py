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


class StopRequests:
    """SIGINT/SIGTERM: the first asks to stop after the current cycle, the second abandons it."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def install(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._handle)

    def _handle(self, signum: int, _frame: object) -> None:
        if self.event.is_set():
            raise KeyboardInterrupt
        _LOG.warning("received %s: stopping after the current cycle",
                     signal.Signals(signum).name)
        self.event.set()


def watch(options: Options, request: RunRequest, interval: float, stop: threading.Event,
          on_report: Callable[[RunReport], None],
          watcher_factory: Callable[[], Progress | None] = lambda: None,
          max_cycles: int | None = None) -> None:
    """Ingest whatever is new every interval seconds until stop is set."""
    cycles = 0
    while not stop.is_set():
        try:
            on_report(ingest(options, request, watcher_factory()))
        except RunInProgress as busy:
            _LOG.warning("skipping this cycle: %s", busy)
        except StoreLocked as locked:
            _LOG.warning("skipping this cycle: %s; its inputs stay pending", locked)
        cycles += 1
        if max_cycles is not None and cycles >= max_cycles:
            break
        stop.wait(interval)
