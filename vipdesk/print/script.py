"""Printed labels in the reader's Chinese: written in 简体 in the print modules, printed in
繁體 (Taiwan's standard) when the document is made for a zh_TW reader.

Only fixed labels go through `t`; what the guest, the staff or the hotel wrote (names,
descriptions, the hotel's own category labels) is printed exactly as written. The language
is held per thread (a ContextVar), so documents rendered side by side never mix.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

TRADITIONAL = frozenset({"zh_TW", "zh_HK", "zh_MO"})
_language: ContextVar[str] = ContextVar("print_language", default="zh_CN")


@contextmanager
def printing_in(language: str) -> Iterator[None]:
    """Labels drawn inside this block follow `language` (en and zh_CN: 简体 beside English)."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def t(label: str) -> str:
    """A fixed label in the script of the document being printed."""
    return _traditional(label) if _language.get() in TRADITIONAL else label


def guest_name(name: str, guest_id: int | None) -> str:
    """A guest's name; an erased guest (no name left) is "匿名客人 Anonymised guest #N"."""
    return name or f"{t('匿名客人 Anonymised guest')} #{guest_id or ''}"


@lru_cache(maxsize=2048)
def _traditional(label: str) -> str:
    return _converter().convert(label)


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import opencc  # loaded on first use

    return opencc.OpenCC("s2twp")  # Taiwan's characters and words (信息 → 資訊)
