"""Canonical URLs: tracking parameters dropped, scheme and host normalised, nothing merged
that names a different page."""

from __future__ import annotations

import pytest

from transforms.urls import InvalidUrl, canonicalise_url, is_tracking_param, is_web_url


@pytest.mark.parametrize(("url", "canonical"), [
    ("HTTPS://WWW.Example.COM:443/news/a?utm_source=rss&utm_medium=feed",
     "https://www.example.com/news/a"),
    ("http://example.com:80/a/b/../c/./d.html#comments", "http://example.com/a/c/d.html"),
    ("https://example.com/story?fbclid=IwAR0abc&id=42&gclid=xyz", "https://example.com/story?id=42"),
    ("https://example.com/story?b=2&a=1", "https://example.com/story?a=1&b=2"),
    ("https://example.com/story?ref=rss&mc_cid=1&mc_eid=2&_ga=2.1&msclkid=9",
     "https://example.com/story"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/%7Eeditor/caf%C3%A9", "https://example.com/~editor/caf%C3%A9"),
    ("https://bücher.example/a", "https://xn--bcher-kva.example/a"),
    ("  https://example.com/a?  ", "https://example.com/a"),
])
def test_canonical_form(url: str, canonical: str) -> None:
    assert canonicalise_url(url) == canonical


@pytest.mark.parametrize("query", ["game=7", "gallery=2", "cid=12345", "id=9", "page=2",
                                   "story=abc", "p=123"])
def test_parameters_that_name_the_page_are_kept(query: str) -> None:
    """A broad tracker pattern would drop these and merge different articles into one key."""
    assert canonicalise_url(f"https://example.com/article?{query}") == (
        f"https://example.com/article?{query}")


def test_the_same_page_under_different_tracking_has_one_key() -> None:
    variants = [
        "https://News.Example.com/world/talks-resume?utm_source=twitter&utm_campaign=x",
        "https://news.example.com:443/world/talks-resume?fbclid=abc",
        "https://news.example.com/world/./talks-resume#top",
        "https://news.example.com/world/talks-resume?UTM_MEDIUM=email",
    ]
    assert len({canonicalise_url(v) for v in variants}) == 1


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a.html",
                                 "javascript:alert(1)", "data:text/html,hi"])
def test_other_schemes_are_left_recognisable(url: str) -> None:
    assert canonicalise_url(url) == url
    assert not is_web_url(url)


@pytest.mark.parametrize("url", ["http://[::1/x", "https://example.com:99999/a",
                                 "https://" + "a" * 70 + ".example/"])
def test_unparsable_urls_raise_a_named_error(url: str) -> None:
    with pytest.raises(InvalidUrl):
        canonicalise_url(url)


@pytest.mark.parametrize(("pair", "tracking"), [
    ("utm_source=x", True), ("UTM_Campaign=y", True), ("fbclid=1", True), ("gclid", True),
    ("pk_kwd=a", True), ("id=1", False), ("source_id=3", False), ("region=uk", False),
])
def test_tracking_parameters(pair: str, tracking: bool) -> None:
    assert is_tracking_param(pair) is tracking
