"""Canonical form of an article link: the key that says two feed entries are the same page.

url-normalize does the structural work (scheme and host case, IDNA, default ports, dot
segments, percent-encoding); on top of it tracking parameters are dropped, the remaining
query parameters sorted and the fragment removed.
"""

from __future__ import annotations

from urllib.parse import unquote_plus, urlsplit, urlunsplit

from url_normalize import url_normalize

# Parameters that only say where a click came from. Matched by exact name or prefix, not by
# substring: courlan's broader tracker pattern also drops names such as "game", "gallery" or
# "cid", which some sites use to identify the article itself, and merging two articles under
# one key would silently skip one of them.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi",
    "__hstc", "__hssc", "__hsfp", "mkt_tok", "ref", "ref_src", "ref_url", "cmp", "cmpid",
    "ocid", "ncid", "s_cid", "spm", "sr_share", "fb_action_ids", "fb_action_types",
    "fb_source", "fb_ref", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "rss",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "piwik_", "itm_", "at_", "hsa_")

WEB_SCHEMES = ("http", "https")


class InvalidUrl(ValueError):
    """A link that cannot be parsed as a URL (bad IPv6 literal, over-long host label, ...)."""


def canonicalise_url(url: str) -> str:
    """The canonical form of an http(s) URL; other schemes come back trimmed but unchanged.

    Links in other schemes (file:, ftp:, javascript:) are never fetched; keeping them
    recognisable lets the refusal name what the feed actually contained. Raises InvalidUrl
    when an http(s) URL cannot be parsed.
    """
    url = url.strip()
    try:
        if urlsplit(url).scheme.lower() not in WEB_SCHEMES:
            return url
        parts = urlsplit(url_normalize(url) or url)
        if parts.port == 0:  # .port also raises on one that is not a number in range
            raise ValueError("port 0")
    except (ValueError, UnicodeError) as exc:
        raise InvalidUrl(f"{url!r}: {exc}") from exc
    kept = sorted(p for p in parts.query.split("&") if p and not is_tracking_param(p))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "&".join(kept), ""))


def is_tracking_param(pair: str) -> bool:
    """Whether one raw `name=value` query item is a tracking parameter."""
    name = unquote_plus(pair.split("=", 1)[0]).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def is_web_url(url: str) -> bool:
    """An absolute http(s) URL with a host: the only kind of link that is fetched."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)
