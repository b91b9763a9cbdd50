"""Staged results of one run: JSON-lines shards written by workers, read by the commit.

Workers never open the DuckDB file. They write what they produced under a staging prefix
(a local folder, or gs://... on a distributed runner) and the single committing step reads
it back and commits it in one transaction. A run that dies leaves only staging files,
which the next run deletes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from transforms.model import Article, Rejection

ARTICLES = "articles"
REJECTIONS = "rejected"
EXTRA = "extra"  # other record kinds (feed state updates, ...): {"kind": ..., ...}


def _to_json(record: Any) -> str:
    if isinstance(record, Article | Rejection):
        record = record.to_dict()
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


class WriteStaged(beam.PTransform):
    """Write a PCollection of records as JSON-lines shards named prefix/kind-*.jsonl."""

    def __init__(self, prefix: str, kind: str) -> None:
        super().__init__()
        self._path = FileSystems.join(prefix, kind)
        self._kind = kind

    def expand(self, records):
        return (records
                | "ToJson" >> beam.Map(_to_json)
                | "WriteShards" >> beam.io.WriteToText(self._path, file_name_suffix=".jsonl"))


def read_staged(prefix: str, kind: str) -> Iterable[dict[str, Any]]:
    """Every record staged under prefix for kind."""
    pattern = FileSystems.join(prefix, f"{kind}*.jsonl")
    for metadata in FileSystems.match([pattern])[0].metadata_list:
        with FileSystems.open(metadata.path) as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def read_articles(prefix: str) -> list[Article]:
    return [Article.from_dict(d) for d in read_staged(prefix, ARTICLES)]


def read_rejections(prefix: str) -> list[Rejection]:
    return [Rejection(**d) for d in read_staged(prefix, REJECTIONS)]


def remove_staging(prefix: str) -> None:
    if FileSystems.exists(prefix):
        FileSystems.delete([prefix])
