"""The Today board's rows: one section of a DayBoard (arrivals, in house or departures) as a
Qt table model, with what each line says and which cells are coloured.

The widget that shows it is vipdesk.ui.today_board; its table view is board_table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vipdesk.domain.care import Stage
from vipdesk.domain.pronunciation import addressed
from vipdesk.domain.tiers import Tier
from vipdesk.services.today import ArrivalDetails, DayBoard, StayLine
from vipdesk.ui import care_labels, labels, stay_labels
from vipdesk.ui.rows_model import RowsModel
from vipdesk.ui.search_model import TIER_COLOURS

Index = QModelIndex | QPersistentModelIndex
NAME, TIER, STAY, REQUESTS, ALERTS = range(5)
ARRIVALS, IN_HOUSE, DEPARTURES = range(3)
RED, GREY, AMBER = "#b91c1c", "#6b7280", "#b45309"


class TodayBoardModel(RowsModel):
    """One section of a DayBoard (arrivals, in house or departures) as table rows."""

    columns = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board: DayBoard | None = None
        self._section = ARRIVALS
        self._rows: tuple[Any, ...] = ()

    # ---- contents ----------------------------------------------------------------------

    def set_board(self, board: DayBoard | None) -> None:
        self.beginResetModel()
        self._board = board
        self._rows = self._section_rows()
        self.endResetModel()

    def set_section(self, section: int) -> None:
        self.beginResetModel()
        self._section = section
        self._rows = self._section_rows()
        self.endResetModel()

    @property
    def section(self) -> int:
        return self._section

    @property
    def board(self) -> DayBoard | None:
        return self._board

    def _section_rows(self) -> tuple[Any, ...]:
        b = self._board
        if b is None:
            return ()
        return (b.arrivals, b.in_house, b.departures)[self._section]

    def line(self, row: int) -> ArrivalDetails | StayLine:
        return self._rows[row]  # type: ignore[no-any-return]

    def guest_id(self, row: int) -> int | None:
        item = self._rows[row]
        return item.arrival.guest_id if isinstance(item, ArrivalDetails) else item.guest_id

    # ---- Qt model ----------------------------------------------------------------------

    def titles(self) -> list[str]:
        return [
            self.tr("Guest"),
            self.tr("Tier"),
            self.tr("Stay"),
            self.tr("Requests"),
            self.tr("Take care"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if isinstance(item, ArrivalDetails):
                return self._arrival_text(item, column)
            return self._stay_text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(item, column)
        if role == Qt.ItemDataRole.FontRole and column in (NAME, TIER):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return self.guest_id(index.row())
        return None

    def _tier(self, item: ArrivalDetails | StayLine) -> Tier | None:
        return item.arrival.tier if isinstance(item, ArrivalDetails) else item.tier

    def _colour(self, item: ArrivalDetails | StayLine, column: int) -> QBrush | None:
        tier = self._tier(item)
        if column == TIER:
            return QBrush(QColor(TIER_COLOURS[tier.value] if tier else RED))
        if (
            column == ALERTS
            and isinstance(item, ArrivalDetails)
            and (item.taboos or not item.arrival.matched or item.open_complaints or item.caution)
        ):
            return QBrush(QColor(RED))
        if column == ALERTS and item.care_stage is Stage.C:
            return QBrush(QColor(AMBER))  # the profile's colour for the 2nd stay
        return None

    def _arrival_text(self, d: ArrivalDetails, column: int) -> str:
        a, s = d.arrival, d.stay
        if column == NAME:
            name = addressed(labels.guest_name(a.name, a.guest_id), d.honorific)
            return f"{name} · {d.pronunciation}" if d.pronunciation else name
        if column == TIER:
            if a.tier is None:
                text = self.tr("Not matched")
                return f"{text} · {s.pms_vip}" if s.pms_vip else text
            label = labels.tier(a.tier)
            return f"{label} · PMS {s.pms_vip}" if d.pms_vip_differs else label
        if column == STAY:
            parts = [s.room or "—"]
            if s.eta:
                parts.append(s.eta)
            parts.append(stay_labels.nights(s.nights))
            if a.stay_number:
                parts.append(stay_labels.which_stay(a.stay_number))
            return " · ".join(parts)
        if column == REQUESTS:
            return " ".join(s.requests.split())
        alerts = []
        if d.caution_reason:  # first: a duty manager reads why
            alerts.append("⛔ " + self.tr("caution: %1").replace("%1", d.caution_reason))
        elif d.caution:  # the desk asks the duty manager before anything else
            alerts.append("⛔ " + self.tr("caution: ask the duty manager"))
        if not a.matched:
            alerts.append(self.tr("not matched to a guest yet"))
        if d.taboos:
            allergy = any(t.allergy for t in d.taboos)
            what = self.tr("allergy") if allergy else self.tr("taboo")
            alerts.append(f"⚠ {what}: " + "; ".join(t.text for t in d.taboos))
        if d.care_stage is Stage.C:
            alerts.append(care_labels.second_stay_alert())
        for x in d.dates_in_stay:
            alerts.append("★ " + stay_labels.date_in_stay(x.kind, x.label, x.day, s.arrival))
        if d.open_complaints:
            alerts.append(self.tr("open complaint"))
        return "  ".join(alerts)

    def _stay_text(self, line: StayLine, column: int) -> str:
        s = line.stay
        if column == NAME:
            return addressed(labels.guest_name(line.name, line.guest_id), line.honorific)
        if column == TIER:
            return labels.tier(line.tier) if line.tier else self.tr("Not matched")
        if column == STAY:
            until = self.tr("until %1").replace("%1", f"{s.departure:%m-%d}")
            parts = [f"{s.room or '—'} · {until}"]
            for more in line.also_booked:  # a booking from today of a guest who is here
                parts.append(
                    self.tr("also booked: %1 until %2")
                    .replace("%1", more.room or "—")
                    .replace("%2", f"{more.departure:%m-%d}")
                )
            return " · ".join(parts)
        if column == REQUESTS:
            return " ".join(s.requests.split())
        return care_labels.second_stay_alert() if line.care_stage is Stage.C else ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))
