"""The Beam stages on the in-process runner: outputs and the rejected side output."""

from __future__ import annotations

from types import SimpleNamespace

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from conftest import SEEDS

from transforms.articles import REJECTED, ParseArticles, ReadArticles, _ExtractFn
from transforms.model import Article, Rejection, SourceFile


def _source(path) -> SourceFile:
    stat = path.stat()
    return SourceFile(str(path), stat.st_size, stat.st_mtime)


def test_read_and_parse_split_good_and_bad(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    sources = [_source(SEEDS / "000_e506d2ed8f02c040.txt"), _source(empty),
               SourceFile(str(tmp_path / "missing.txt"), 10, 0.0)]
    with TestPipeline(runner="FnApiRunner") as pipeline:
        read = pipeline | beam.Create(sources) | ReadArticles(max_bytes=100_000)
        parsed = read.documents | ParseArticles(max_bytes=100_000)
        assert_that(parsed.articles | "Dates" >> beam.Map(lambda a: a.published_date),
                    equal_to(["2025-05-16"]), label="CheckArticles")
        reasons = ((read[REJECTED], parsed[REJECTED]) | beam.Flatten()
                   | beam.Map(lambda r: (r.source_uri.rsplit("/", 1)[1], r.reason)))
        assert_that(reasons, equal_to([("missing.txt", "unreadable"), ("empty.txt", "empty")]),
                    label="CheckRejections")


def test_text_longer_than_the_model_takes_is_rejected_not_parsed():
    fn = _ExtractFn("unused", batch_size=4)
    fn._nlp = SimpleNamespace(max_length=50)
    article = Article(article_id="a", source_uri="long.txt", text="word " * 20,
                      content_hash="h")
    (output,) = list(fn.process(article))
    assert output.tag == REJECTED
    assert isinstance(output.value, Rejection) and output.value.reason == "too-long"
    assert fn._buffer == []


def test_a_step_that_raises_rejects_that_record_only():
    from transforms.articles import _RouteFn
    from transforms.model import RawDocument

    def explode(raw, max_bytes):
        raise ValueError("parser bug")

    raw = RawDocument("page.html", b"<html></html>", 13, 1.0, origin={"feed_url": "f"})
    (output,) = list(_RouteFn(explode, 100, "parse-error").process(raw))
    assert output.tag == REJECTED
    assert (output.value.reason, output.value.detail) == ("parse-error", "ValueError: parser bug")
    assert output.value.origin == {"feed_url": "f"}
