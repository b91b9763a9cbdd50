"""Turn the bytes of one input into an Article, or a Rejection saying why not.

Handles the seed format (a first line ` date YYYY-MM-DD `), plain text, HTML pages
(text, title, authors, date and site name through trafilatura) and gzip of any of these.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from datetime import date, datetime

from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from transforms.bylines import clean_authors, split_credits
from transforms.model import Article, RawDocument, Rejection

_SEED_HEADER = re.compile(r"\A\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)")
# A byte-order mark and an XML declaration (XHTML) may come before the markup.
_HTML_SNIFF = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
MIN_TEXT_CHARS = 40
# A date line near the top of a plain-text article: "22 April 2020, 21:14", "Published:
# 12 Dec. 2024, 10:03 Updated: ...", "Thursday 01 October 2015 12:29 BST".
_DATELINE_HEAD = 5
_DATELINE_MAX_CHARS = 80
_DATELINE_LABEL = re.compile(r"^(?:(?:first\s+)?(?:published|posted|updated)(?:\s+on)?\s*:?\s*)",
                             re.IGNORECASE)
_DATELINE_TAIL = re.compile(r"\s*(?:\||\b(?:updated|last\s+modified)\b).*$", re.IGNORECASE)
_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,]|$)",
    re.IGNORECASE)
_DATELINE_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class InputRejected(Exception):
    """Raised inside parsing to become a Rejection row."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def parse_document(raw: RawDocument, max_bytes: int) -> Article | Rejection:
    """The article in raw, or a Rejection; never raises for bad input."""
    try:
        return _parse(raw, max_bytes)
    except InputRejected as rejected:
        return Rejection(raw.source_uri, rejected.reason, rejected.detail, raw.size, raw.mtime,
                         raw.origin)


def _parse(raw: RawDocument, max_bytes: int) -> Article:
    data = raw.data
    if data.startswith(_GZIP_MAGIC):
        data = gunzip_bounded(data, max_bytes)
    if len(data) > max_bytes:
        raise InputRejected("too-large", f"{len(data)} bytes, limit {max_bytes}")
    if not data.strip():
        raise InputRejected("empty", "no content")
    if looks_binary(data):
        raise InputRejected("binary", "content is not text")
    if (_HTML_SNIFF.match(data[:4096]) or raw.origin.get("content_type") in _HTML_TYPES
            or raw.source_uri.lower().endswith((".html", ".htm", ".html.gz", ".htm.gz"))):
        article = _parse_html(raw, data)
    else:
        article = _parse_text(raw, decode_text(data))
    if len(article.text.strip()) < MIN_TEXT_CHARS:
        raise InputRejected("no-text", f"only {len(article.text.strip())} characters of text")
    return article


def gunzip_bounded(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip without letting a bomb past the size limit."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputRejected("undecodable", f"corrupt gzip: {exc}") from exc
    if len(out) > max_bytes:
        raise InputRejected("too-large", f"decompresses past the limit of {max_bytes} bytes")
    return out


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else a detected legacy charset."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputRejected("undecodable", str(exc)) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        best = from_bytes(data[:65536]).best()
        if best is None or best.encoding is None:
            raise InputRejected("undecodable", f"not UTF-8 ({utf8_error.reason} at byte "
                                f"{utf8_error.start}) and no other charset fits") from None
        text = data.decode(best.encoding, errors="strict")
        if not looks_like_prose(text):
            raise InputRejected("undecodable",
                                f"not UTF-8 and not readable as {best.encoding}") from None
        return text


def looks_like_prose(text: str) -> bool:
    sample = text[:20000]
    letters = sum(1 for c in sample if c.isalpha())
    # Prose separates words with plain spaces; mis-decoded bytes rarely produce them.
    spaces = sample.count(" ") + sample.count("\n")
    odd = sum(1 for c in sample if not (c.isprintable() or c.isspace()))
    return (odd <= len(sample) * 0.01 and letters >= len(sample) * 0.5
            and spaces >= len(sample) * 0.05)


def _parse_text(raw: RawDocument, text: str) -> Article:
    published = None
    date_source = None
    header = _SEED_HEADER.match(text)
    if header:
        published = _valid_date(header.group(1))
        date_source = "header" if published else None
        text = text[header.end():]
    text = normalise_text(text)
    if published is None:
        published = _dateline(text)
        date_source = "dateline" if published else None
    credits = split_credits(text)
    title = _first_line_title(credits.text)
    return _article(raw, credits.text, title=title, authors=credits.authors,
                    outlet=credits.outlet, published=published, date_source=date_source)


def _parse_html(raw: RawDocument, data: bytes) -> Article:
    from trafilatura import bare_extraction  # heavy import, only where HTML is seen

    url = raw.origin.get("url")
    try:
        document = bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputRejected("unparsable-html", f"{type(exc).__name__}: {exc}") from exc
    if document is None or not (document.text or "").strip():
        raise InputRejected("no-text", "no article text found in the page")
    text = normalise_text(document.text)
    credits = split_credits(text)
    authors = clean_authors(document.author)
    for name in credits.authors:
        if name not in authors:
            authors.append(name)
    published = _valid_date(document.date)
    date_source = "html-meta" if published else None
    if published is None:
        published = _valid_date(raw.origin.get("entry_published"))
        date_source = "feed" if published else None
    return _article(raw, credits.text, title=document.title, authors=authors,
                    outlet=document.sitename or credits.outlet, published=published,
                    date_source=date_source, url=url or document.url)


def _article(raw: RawDocument, text: str, *, title: str | None, authors: list[str],
             outlet: str | None, published: str | None, date_source: str | None,
             url: str | None = None) -> Article:
    digest = content_hash(text)
    return Article(
        article_id=digest[:16], source_uri=raw.source_uri, text=text, content_hash=digest,
        title=title, outlet=outlet, authors=authors, published_date=published,
        date_source=date_source, url=url or raw.origin.get("url"), size=raw.size,
        mtime=raw.mtime, origin=dict(raw.origin),
    )


def normalise_text(text: str) -> str:
    """NFC, unified line ends, trailing spaces gone; paragraphs and quote marks kept as written."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def content_hash(text: str) -> str:
    """Hash of the text with white space folded: the same article under any file name."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _dateline(text: str) -> str | None:
    """The date of a short line near the top that is nothing but a date (and a time), with
    the month in words, so that no day/month order has to be guessed."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()][:_DATELINE_HEAD]
    for paragraph in paragraphs:
        if len(paragraph) > _DATELINE_MAX_CHARS:
            continue
        line = _DATELINE_TAIL.sub("", _DATELINE_LABEL.sub("", paragraph)).strip(" ,")
        if not (_MONTH_WORD.search(line) and _YEAR.search(line)):
            continue
        try:
            # Parsed against two different defaults: a line missing its day or year
            # ("May 2025") gives two dates and is no date line.
            dates = {date_parser.parse(line, ignoretz=True, default=default).date()
                     for default in _DATELINE_DEFAULTS}
        except (ValueError, OverflowError):
            continue
        if len(dates) == 1:
            return dates.pop().isoformat()
    return None


def _first_line_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= 150 and "\n" in text and not first.endswith((".", "”", '"')):
        return first
    return None


def _valid_date(value: object) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None
