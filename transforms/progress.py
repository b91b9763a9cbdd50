"""Progress of a run, ticked by the last stage and heard by whoever listens in this process.

On the in-process runner the driver registers a listener (a progress bar) under the run id;
on a distributed runner no listener exists in the workers and a tick does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

_LISTENERS: dict[str, Callable[[str], None]] = {}
T = TypeVar("T")


def listen(token: str, callback: Callable[[str], None]) -> None:
    _LISTENERS[token] = callback


def stop_listening(token: str) -> None:
    _LISTENERS.pop(token, None)


def tick(record: T, token: str, event: str) -> T:
    """Report one finished record (usable as a beam.Map step); returns it unchanged."""
    callback = _LISTENERS.get(token)
    if callback is not None:
        callback(event)
    return record
