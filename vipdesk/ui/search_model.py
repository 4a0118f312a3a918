"""Search results as a Qt table model, and the controller that keeps them current."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vipdesk.domain.guest import SpecialDateKind
from vipdesk.domain.search_rank import MatchKind
from vipdesk.services.search import SearchHit
from vipdesk.ui import labels
from vipdesk.ui.operations import ServiceCall, failure_text

Index = QModelIndex | QPersistentModelIndex
TIER_COLOURS = {
    "P": "#6b7280",
    "IP": "#2563eb",
    "VIP": "#b45309",
    "VVIP": "#c2410c",
    "VVVIP": "#9d174d",
}
NAME, TIER, DETAILS, MATCH = range(4)
BIRTHDAY_COLOUR = "#b91c1c"


class SearchResultsModel(QAbstractTableModel):
    """One row per hit: name, tier, what tells namesakes apart, and why it matched."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._today = today  # None: the real today (tests fix it)
        self.text = ""  # what the hits shown were searched for
        self._digits = ""  # the digits typed: a phone number matched by its end says so

    def set_hits(self, hits: list[SearchHit], text: str = "") -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.text = text
        self._digits = "".join(ch for ch in text if ch.isdigit())
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME:
                return hit.name
            if column == TIER:
                return labels.tier(hit.tier)
            if column == DETAILS:
                return self._details(hit)
            return self._matched(hit)
        if role == Qt.ItemDataRole.ForegroundRole and column == TIER:
            return QBrush(QColor(TIER_COLOURS[hit.tier.value]))
        if role == Qt.ItemDataRole.ForegroundRole and column == DETAILS and self._birthday(hit):
            return QBrush(QColor(BIRTHDAY_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column in (NAME, TIER):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.name} · {labels.tier(hit.tier)} · {self._details(hit)}"
        return None

    def _birthday(self, hit: SearchHit) -> bool:
        """Their birthday is today (29 February counts on 28 February in other years)."""
        return (
            hit.birthday is not None and hit.birthday.days_until(self._today or date.today()) == 0
        )

    def _matched(self, hit: SearchHit) -> str:
        field, kind = labels.matched_field(hit.matched_field), labels.match_kind(hit.match)
        tail, digits = hit.phone_tail, self._digits
        if (
            hit.matched_field == "phone"
            and hit.match == MatchKind.PREFIX
            and tail
            and len(digits) >= len(tail)
            and digits.endswith(tail)
        ):
            kind = labels.phone_tail_match()  # the last digits were typed: "ends with"
        return field if field == kind else f"{field} · {kind}"

    def _details(self, hit: SearchHit) -> str:
        parts = []
        if hit.caution:  # before anything: the desk asks the duty manager first
            parts.append("⛔ " + self.tr("caution"))
        if hit.confidential:  # never say the name aloud, confirm nothing
            parts.append("🔒 " + self.tr("confidential"))
        if self._birthday(hit):  # first: the receptionist wishes them a happy birthday
            parts.append(labels.countdown(SpecialDateKind.BIRTHDAY, 0))
        if hit.in_house:  # then today: the guest at the counter is likely them
            room = hit.in_house_room
            parts.append(
                self.tr("in house · %1").replace("%1", room) if room else self.tr("in house")
            )
        elif hit.arriving_today:
            parts.append(self.tr("arriving today"))
        if hit.member_no:
            parts.append(hit.member_no)
        if hit.phone_tail:
            parts.append(f"☎ …{hit.phone_tail}")
        if hit.birthday and not self._birthday(hit):
            day = labels.month_day(hit.birthday, self._today or date.today())
            parts.append(self.tr("birthday %1").replace("%1", day))
        if not hit.in_house and hit.last_stay:
            parts.append(self.tr("last stay %1").replace("%1", hit.last_stay.isoformat()))
        return "  ".join(parts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [self.tr("Name"), self.tr("Tier"), self.tr("Details"), self.tr("Matched")]
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, 3))


class GuestSearch(QObject):
    """Runs searches off the UI thread as the text changes; only the latest text counts.

    At most one search runs at a time. Text typed meanwhile is remembered, and when the
    running search returns, its stale results are dropped and the latest text is searched.
    """

    results_ready = Signal(str, list)
    failed = Signal(str)

    def __init__(
        self, run: Callable[[str], list[SearchHit]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._latest = ""
        self._busy = False

    def request(self, text: str) -> None:
        self._latest = text
        if not self._busy:
            self._start(text)

    def _start(self, text: str) -> None:
        if not text.strip():
            self.results_ready.emit(text, [])
            return
        self._busy = True
        run = self._run
        ServiceCall(self, lambda: run(text), lambda hits: self._done(text, hits)).failed(
            lambda exc: self._fail(text, exc)
        ).start()

    def _done(self, text: str, hits: list[SearchHit]) -> None:
        self._busy = False
        if text == self._latest:
            self.results_ready.emit(text, hits)
        else:
            self._start(self._latest)

    def _fail(self, text: str, exc: BaseException) -> None:
        self._busy = False
        self.failed.emit(failure_text(exc))  # in the UI language, by the error's code
        if text != self._latest:
            self._start(self._latest)
