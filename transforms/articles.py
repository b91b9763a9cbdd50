"""The Beam stages that turn input files into extracted articles.

Each stage is a composite PTransform with a verb-noun name; the DoFns are thin adapters
around the plain functions in read, parse, extract, fingerprint and topics. Rejections
leave every stage on the tagged output REJECTED, so bad input never stops a run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.windowed_value import WindowedValue

from transforms.model import Article, RawDocument, Rejection, SourceFile
from transforms.parse import parse_document
from transforms.read import read_source

REJECTED = "rejected"
_LOG = logging.getLogger(__name__)


class _RouteFn(beam.DoFn):
    """Applies step(record, max_bytes); a Rejection, or an unexpected error, goes to REJECTED.

    Unexpected errors are caught here, in process(), per record: a bug met on one input
    must not sink the run, and Beam's own exception handling would drop the record's origin.
    """

    def __init__(self, step: Callable, max_bytes: int, error_reason: str) -> None:
        self._step = step
        self._max_bytes = max_bytes
        self._error_reason = error_reason

    def process(self, record: SourceFile | RawDocument) -> Iterator:
        try:
            result = self._step(record, self._max_bytes)
        except Exception as exc:
            uri = getattr(record, "source_uri", None) or record.uri
            _LOG.exception("%s on %s", self._error_reason, uri)
            result = Rejection(uri, self._error_reason, f"{type(exc).__name__}: {exc}",
                               record.size, record.mtime, getattr(record, "origin", {}))
        if isinstance(result, Rejection):
            yield pvalue.TaggedOutput(REJECTED, result)
        else:
            yield result


class ReadArticles(beam.PTransform):
    """SourceFile -> RawDocument, with unreadable files on REJECTED."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__()
        self._max_bytes = max_bytes

    def expand(self, sources):
        return sources | "ReadBytes" >> beam.ParDo(
            _RouteFn(read_source, self._max_bytes, "read-error")).with_outputs(
            REJECTED, main="documents")


class ParseArticles(beam.PTransform):
    """RawDocument -> Article (text, title, authors, date), with bad input on REJECTED."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__()
        self._max_bytes = max_bytes

    def expand(self, documents):
        return documents | "ParseDocument" >> beam.ParDo(
            _RouteFn(parse_document, self._max_bytes, "parse-error")).with_outputs(
            REJECTED, main="articles")


class _ExtractFn(beam.DoFn):
    """Buffers articles so spaCy sees batches; the model is loaded once per worker."""

    def __init__(self, model_name: str, batch_size: int) -> None:
        self._model_name = model_name
        self._batch_size = batch_size
        self._nlp = None
        self._buffer: list[Article] = []

    def setup(self) -> None:
        from transforms.extract import load_nlp

        self._nlp = load_nlp(self._model_name)

    def start_bundle(self) -> None:
        self._buffer = []

    def process(self, article: Article) -> Iterator:
        if len(article.text) > self._nlp.max_length:
            yield pvalue.TaggedOutput(REJECTED, Rejection(
                article.source_uri, "too-long",
                f"{len(article.text)} characters, more than spaCy's max_length "
                f"{self._nlp.max_length}", article.size, article.mtime, article.origin))
            return
        self._buffer.append(article)
        if len(self._buffer) >= self._batch_size:
            yield from self._flush()

    def finish_bundle(self) -> Iterator:
        for item in self._flush():
            if isinstance(item, pvalue.TaggedOutput):
                yield pvalue.TaggedOutput(item.tag, _in_global_window(item.value))
            else:
                yield _in_global_window(item)

    def _flush(self) -> Iterator:
        from transforms.extract import extract_articles

        batch, self._buffer = self._buffer, []
        if not batch:
            return
        try:
            extract_articles(self._nlp, batch, self._batch_size)
            yield from batch
            return
        except Exception:
            _LOG.exception("extraction failed for a batch; retrying one article at a time")
        for article in batch:
            try:
                extract_articles(self._nlp, [article], 1)
                yield article
            except Exception as exc:
                yield pvalue.TaggedOutput(REJECTED, Rejection(
                    article.source_uri, "extraction-error", f"{type(exc).__name__}: {exc}",
                    article.size, article.mtime, article.origin))


def _in_global_window(value: object) -> WindowedValue:
    return WindowedValue(value, GlobalWindow().max_timestamp(), [GlobalWindow()])


class ExtractActorsAndStatements(beam.PTransform):
    """Article -> Article with actors and statements filled in by spaCy and rules."""

    def __init__(self, model_name: str, batch_size: int) -> None:
        super().__init__()
        self._model_name = model_name
        self._batch_size = batch_size

    def expand(self, articles):
        return articles | "ExtractWithSpacy" >> beam.ParDo(
            _ExtractFn(self._model_name, self._batch_size)).with_outputs(REJECTED, main="articles")


def _fingerprint(article: Article, weights: tuple[tuple[str, float], ...],
                 min_relevance: float) -> Article:
    from transforms.fingerprint import compute_signature
    from transforms.topics import score_topics

    article.signature = compute_signature(article.text)
    article.topics, article.relevance, article.on_topic = score_topics(
        article.title, article.text, weights, min_relevance)
    return article


class FingerprintArticles(beam.PTransform):
    """Add the near-duplicate signature and the topic tags and relevance score."""

    def __init__(self, topic_weights: tuple[tuple[str, float], ...], min_relevance: float) -> None:
        super().__init__()
        self._weights = topic_weights
        self._min_relevance = min_relevance

    def expand(self, articles):
        return articles | "SignAndTag" >> beam.Map(_fingerprint, self._weights,
                                                   self._min_relevance)
