"""Find input files and read their bytes through Beam's FileSystems.

Going through FileSystems rather than open() keeps the reading portable: the same code
reads local paths on the DirectRunner and gs:// or s3:// paths on a distributed runner.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from transforms.model import RawDocument, Rejection, SourceFile


def expand_inputs(patterns: Iterable[str], extensions: Iterable[str]) -> list[SourceFile]:
    """Every file named by the globs or folders in patterns, sorted and without repeats."""
    endings = tuple(e.lower() for e in extensions)
    found: dict[str, SourceFile] = {}
    for pattern in patterns:
        if os.path.isdir(pattern):
            for root, _dirs, files in os.walk(pattern):
                for name in files:
                    if name.lower().endswith(endings) and not name.startswith("."):
                        path = os.path.abspath(os.path.join(root, name))
                        stat = os.stat(path)
                        found[path] = SourceFile(path, stat.st_size, stat.st_mtime)
            continue
        local = "://" not in pattern
        result = FileSystems.match([os.path.abspath(pattern) if local else pattern])[0]
        for meta in result.metadata_list:
            path = meta.path
            if local and os.path.isdir(path):
                continue
            found[path] = SourceFile(path, meta.size_in_bytes, float(meta.last_updated_in_seconds))
    return [found[k] for k in sorted(found)]


def read_source(source: SourceFile, max_bytes: int) -> RawDocument | Rejection:
    """The bytes of one file; a Rejection when it is too large or cannot be read."""
    if source.size > max_bytes and not source.uri.endswith(".gz"):
        return Rejection(source.uri, "too-large", f"{source.size} bytes, limit {max_bytes}",
                         source.size, source.mtime)
    try:
        with FileSystems.open(source.uri, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            data = handle.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        return Rejection(source.uri, "unreadable", f"{type(exc).__name__}: {exc}",
                         source.size, source.mtime)
    if len(data) > max_bytes:
        return Rejection(source.uri, "too-large", f"more than {max_bytes} bytes", source.size,
                         source.mtime)
    return RawDocument(source.uri, data, source.size, source.mtime)
