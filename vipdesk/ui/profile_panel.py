"""The recognition view: a guest readable at a glance across the counter."""

from __future__ import annotations

import re
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.care import Stage
from vipdesk.domain.guest import Severity, SpecialDateKind, TabooKind
from vipdesk.domain.pronunciation import addressed
from vipdesk.domain.service_standard import LEVELS
from vipdesk.domain.stays import arrives, counts, stay_number
from vipdesk.services.care import utc_to_local
from vipdesk.services.profile import GuestProfile
from vipdesk.ui import care_labels, labels, privacy_marks, stay_labels
from vipdesk.ui.search_model import TIER_COLOURS

NAME_SHOWN = 40
"""At most this many characters of the name in the header (the rest in its tooltip): a long
name must not push the taboos out of sight."""
_RUN = re.compile(r"\S{24,}")


def _breakable(run: re.Match[str]) -> str:
    word = run.group(0)
    return "\u200b".join(word[i : i + 4] for i in range(0, len(word), 4))


def _e(text: str) -> str:
    """Escaped for rich text, and breakable: a long run without spaces (a name typed without
    them, a pasted code) gets invisible break points, so it wraps instead of widening the panel."""
    return escape(_RUN.sub(_breakable, text))


def _label(name: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _LinkLabel(QLabel):
    """Rich text whose links take keyboard focus: Tab into it lands on the first link (the
    last with Shift+Tab), Tab moves from link to link, and Enter opens the focused one."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)


class ProfilePanel(QScrollArea):
    """Shows one GuestProfile; `show_profile` fills it, `clear` empties it."""

    complaint_requested = Signal(int)  # a complaint's date was clicked (or Tab + Enter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePanel")
        self.setAccessibleName(self.tr("Guest profile"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Long text wraps (see _e): the panel never scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._profile: GuestProfile | None = None
        self._photo: bytes | None = None
        self._today = date.today()

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        header = QHBoxLayout()
        self.photo = QLabel(body)
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(96, 120)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.photo)
        names = QVBoxLayout()
        self.name = _label("profileName", body)
        self.pronunciation = _label("pronunciation", body)
        self.tier = _label("tierBadge", body, wrap=False)
        self.facts = _label("facts", body)
        for widget in (self.name, self.pronunciation, self.tier, self.facts):
            names.addWidget(widget)
        names.addStretch()
        header.addLayout(names, 1)
        layout.addLayout(header)

        self.arriving = _label("arrivalBanner", body)
        self.caution = _label("cautionMark", body)
        self.confidential = _label("confidentialMark", body)
        self.documents = _label("idDocuments", body)
        self.complaint = _label("complaintWarning", body)
        self.taboos = _label("taboos", body)
        self.dates = _label("specialDates", body)
        self.standard_title = _label("standardTitle", body)
        self.standard = QGridLayout()
        self.standard_items = [_label(f"standard_{level.value}", body) for level in LEVELS]
        for i, item in enumerate(self.standard_items):
            self.standard.addWidget(item, i // 2, i % 2)
        self.preferences = _label("preferences", body)
        self.notes = _label("notes", body)
        self.stays = _label("stayHistory", body)
        self.complaints = _LinkLabel(body)
        self.complaints.setObjectName("complaintHistory")
        self.complaints.setWordWrap(True)
        self.complaints.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.care = _label("careHistory", body)  # AD stage and contact history
        self.complaints.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.complaints.linkActivated.connect(self._link)
        layout.addWidget(self.caution)
        layout.addWidget(self.confidential)
        layout.addWidget(self.arriving)
        layout.addWidget(self.complaint)
        layout.addWidget(self.taboos)
        layout.addWidget(self.dates)
        layout.addWidget(self.standard_title)
        layout.addLayout(self.standard)
        for widget in (
            self.preferences,
            self.notes,
            self.documents,
            self.complaints,
            self.care,
            self.stays,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)  # spare height goes below, never into a band above the taboos
        self.setWidget(body)
        self._style()
        self.clear()

    def _style(self) -> None:
        self.name.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.pronunciation.setStyleSheet("font-size: 13pt; color: #374151;")
        self.taboos.setStyleSheet(
            "background: #fee2e2; color: #7f1d1d; border: 2px solid #dc2626;"
            " border-radius: 6px; padding: 8px; font-size: 12pt;"
        )
        self.complaint.setStyleSheet(
            "background: #fef3c7; color: #78350f; border: 2px solid #d97706;"
            " border-radius: 6px; padding: 8px; font-size: 12pt;"
        )
        self.dates.setStyleSheet("font-size: 12pt;")
        self.caution.setStyleSheet(privacy_marks.CAUTION_STYLE)
        self.confidential.setStyleSheet(privacy_marks.CONFIDENTIAL_STYLE)
        self.arriving.setStyleSheet(
            "background: #dbeafe; color: #1e3a8a; border: 2px solid #2563eb;"
            " border-radius: 6px; padding: 8px; font-size: 13pt; font-weight: bold;"
        )

    def clear(self) -> None:
        self._profile = None
        self.photo.clear()
        self.name.setText(self.tr("No guest selected"))
        for widget in (
            self.pronunciation,
            self.tier,
            self.facts,
            self.arriving,
            self.caution,
            self.confidential,
            self.documents,
            self.complaint,
            self.taboos,
            self.dates,
            self.standard_title,
            self.preferences,
            self.notes,
            self.stays,
            self.complaints,
            self.care,
        ):
            widget.clear()
            widget.setVisible(widget is self.name)
        for item in self.standard_items:
            item.setVisible(False)
        self.name.setVisible(True)
        self.facts.setVisible(True)
        self.facts.setText(
            self.tr("Type a name, pinyin, initials or phone digits to find a guest.")
        )

    @property
    def shown_profile(self) -> GuestProfile | None:
        """The profile on screen, as shown (None when the panel is empty)."""
        return self._profile

    def show_profile(
        self, profile: GuestProfile, photo: bytes | None = None, today: date | None = None
    ) -> None:
        self._profile, self._photo = profile, photo
        self._today = today or date.today()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self._profile is not None:
                self._render()
            else:
                self.clear()
        super().changeEvent(event)

    # ---- rendering -------------------------------------------------------------------

    def _render(self) -> None:
        p = self._profile
        assert p is not None
        g = p.guest
        for widget in (self.pronunciation, self.tier, self.facts, self.standard_title, self.dates):
            widget.setVisible(True)
        full = addressed(labels.guest_name(g.name, g.id), g.honorific)
        shown = full if len(full) <= NAME_SHOWN else full[: NAME_SHOWN - 1] + "…"
        self.name.setText(_e(shown))
        self.name.setToolTip(full if shown != full else "")
        self.name.setTextFormat(Qt.TextFormat.RichText)
        saying = p.pronunciation or (g.latin_name if g.latin_name != g.name else "")
        if g.pronunciation.strip():  # the guest's own: say so, it is the one to trust
            own = self.tr("as the guest says it")
            self.pronunciation.setText(
                f"{_e(saying)} <span style='font-size:10pt; color:#6b7280;'>({_e(own)})</span>"
            )
        else:
            self.pronunciation.setText(_e(saying))
        self.pronunciation.setTextFormat(Qt.TextFormat.RichText)
        self.pronunciation.setVisible(bool(saying))
        colour = TIER_COLOURS[g.tier.value]
        self.tier.setText(
            f"<span style='background:{colour}; color:white; padding:3px 10px;"
            f" font-size:14pt; font-weight:bold;'>&nbsp;{_e(labels.tier(g.tier))}&nbsp;</span>"
        )
        self._render_photo()
        self._render_facts(p)
        self._render_arrival(p)
        self._render_privacy(p)
        self._render_warnings(p)
        self._render_dates(p)
        self._render_standard(p)
        self._render_preferences(p)
        notes_title = self.tr("Notes")
        self.notes.setVisible(bool(g.notes))
        self.notes.setText(f"<b>{_e(notes_title)}</b><br>{_e(g.notes).replace(chr(10), '<br>')}")
        self._render_stays(p)
        self._render_complaints(p)
        self._render_care(p)

    def _render_care(self, p: GuestProfile) -> None:
        self.care.setVisible(p.care_stage is not None or bool(p.contacts))
        stage = care_labels.stage(p.care_stage)
        if p.care_stage is Stage.C:
            stage = f"<b style='color:#b45309'>{escape(stage)}</b>"
        else:
            stage = escape(stage)
        rows = [
            f"{utc_to_local(c.at):%Y-%m-%d %H:%M} · {escape(care_labels.channel(c.channel))} · "
            f"{escape(care_labels.outcome(c.outcome))}"
            + (f" · {escape(c.note)}" if c.note else "")
            + (f" · {escape(c.staff_name)}" if c.staff_name else "")
            for c in p.contacts
        ]
        title = escape(self.tr("Care (AD stage)"))
        self.care.setText(f"<b>{title}</b> {stage}<br>" + "<br>".join(rows))

    def _render_photo(self) -> None:
        pixmap = QPixmap()
        if self._photo and pixmap.loadFromData(self._photo):
            self.photo.setPixmap(
                pixmap.scaled(
                    self.photo.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.setVisible(True)
        else:
            self.photo.clear()
            self.photo.setVisible(False)

    def _render_facts(self, p: GuestProfile) -> None:
        g = p.guest
        parts = []
        if g.member_no:
            parts.append(self.tr("Member %1").replace("%1", _e(g.member_no)))
        if g.company:
            parts.append(_e(g.company))
        if g.phones:
            parts.append("☎ " + _e(g.phones[0].original))
        if p.in_house:
            parts.append(
                self.tr("<b>In house</b>: room %1 until %2")
                .replace("%1", _e(p.in_house.room))
                .replace("%2", p.in_house.departure.isoformat())
            )
        if p.stays_count:
            last = p.last_stay
            text = self.tr("%n stay(s)", "", p.stays_count)
            if last is not None and not p.in_house:
                text += " · " + self.tr("last %1, room %2").replace(
                    "%1", last.arrival.isoformat()
                ).replace("%2", _e(last.room) or "—")
            parts.append(text)
        else:
            parts.append(self.tr("First stay"))
        self.facts.setText(" · ".join(parts))

    def _render_arrival(self, p: GuestProfile) -> None:
        """'Arriving today · room 1808 · 3 nights · 2nd stay' for a guest arriving today."""
        candidates = (p.next_booking, p.in_house)
        stays = p.guest.stays
        stay = next(
            (s for s in candidates if s is not None and arrives(s, stays, self._today)), None
        )
        self.arriving.setVisible(stay is not None)
        if stay is not None:
            number = stay_number(p.guest.stays, stay)
            self.arriving.setText(escape(stay_labels.arrival_banner(stay, number)))

    def _render_privacy(self, p: GuestProfile) -> None:
        self.caution.setVisible(p.caution is not None)
        if p.caution is not None:
            self.caution.setText(privacy_marks.caution_html(p.caution))
        self.confidential.setVisible(bool(p.confidential_alias))
        if p.confidential_alias:
            self.confidential.setText(
                privacy_marks.confidential_text(p.confidential_alias, p.guest.name)
            )
        self.documents.setVisible(bool(p.id_documents))
        title = _e(self.tr("ID documents"))
        self.documents.setText(f"<b>{title}</b> {_e(privacy_marks.documents_text(p.id_documents))}")

    def _render_warnings(self, p: GuestProfile) -> None:
        self.complaint.setVisible(p.open_complaints > 0)
        if p.open_complaints:
            self.complaint.setText(
                "⚠ "
                + self.tr("%n unresolved complaint(s): handle with care", "", p.open_complaints)
            )
        self.taboos.setVisible(bool(p.taboos))
        if p.taboos:
            lines = []
            for t in p.taboos:
                mark = "☠" if t.severity == Severity.DANGER else "⚠"
                kind = labels.taboo_kind(t.kind)
                weight = "bold" if t.severity != Severity.CAUTION else "normal"
                allergy = t.kind == TabooKind.ALLERGY
                lines.append(
                    f"<span style='font-weight:{weight}'>{mark} {_e(kind)}"
                    f"{' (' + _e(labels.severity(t.severity)) + ')' if allergy or t.severity == Severity.DANGER else ''}"
                    f": {_e(t.text)}</span>"
                )
            title = _e(self.tr("Must never happen"))
            self.taboos.setText(f"<b>{title}</b><br>" + "<br>".join(lines))

    def _render_dates(self, p: GuestProfile) -> None:
        soon = [u for u in p.upcoming if u.days_until <= 30]
        self.dates.setVisible(bool(p.upcoming))
        lines = []
        for u in soon or p.upcoming[:1]:
            text = labels.countdown(u.kind, u.days_until)
            if u.turning and u.kind == SpecialDateKind.BIRTHDAY:
                text += " " + self.tr("(turning %n)", "", u.turning)
            elif u.turning:
                text += " " + self.tr("(%n year(s))", "", u.turning)
            icon = "★" if u.days_until <= 7 else "☆"
            style = "color:#b91c1c; font-weight:bold;" if u.days_until <= 7 else ""
            lines.append(
                f"<span style='{style}'>{icon} {_e(text)} · {_e(labels.month_day(u.date, self._today))}"
                f"{' ' + _e(u.label) if u.label else ''}</span>"
            )
        self.dates.setText("<br>".join(lines))

    def _render_standard(self, p: GuestProfile) -> None:
        title = self.tr("Service standard for %1")
        self.standard_title.setText(f"<b>{_e(title.replace('%1', labels.tier(p.guest.tier)))}</b>")
        for level, item in zip(LEVELS, self.standard_items, strict=True):
            owed = level in p.service_levels
            item.setVisible(True)
            item.setEnabled(owed)
            item.setText(("☑ " if owed else "☐ ") + labels.service_level(level))
            item.setStyleSheet("font-weight: bold;" if owed else "color: #9ca3af;")

    def _render_preferences(self, p: GuestProfile) -> None:
        self.preferences.setVisible(bool(p.preferences))
        rows = [
            f"<b>{_e(labels.category(cat))}</b>: {_e('; '.join(items))}"
            for cat, items in p.preferences.items()
        ]
        likes = self.tr("Likes")
        self.preferences.setText(f"<b>{_e(likes)}</b><br>" + "<br>".join(rows))

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "complaint" and value.isdigit():
            self.complaint_requested.emit(int(value))

    def _render_complaints(self, p: GuestProfile) -> None:
        title = self.tr("Complaints")
        overdue = self.tr("OVERDUE")
        self.complaints.setVisible(bool(p.complaints))
        rows = [
            f"<a href='complaint:{c.id}'>{c.occurred_at:%Y-%m-%d}</a> · "
            f"{_e(labels.complaint_category(c.category, {c.category: c.category_label}))} · "
            f"{_e(labels.complaint_status(c.status))}"
            + (f" · <b style='color:#b91c1c'>{_e(overdue)}</b>" if c.overdue else "")
            for c in p.complaints
        ]
        self.complaints.setText(f"<b>{_e(title)}</b><br>" + "<br>".join(rows))

    def _render_stays(self, p: GuestProfile) -> None:
        room = self.tr("room")
        stays = sorted(p.guest.stays, key=lambda s: s.arrival, reverse=True)[:8]
        self.stays.setVisible(bool(stays))
        rows = []
        for s in stays:
            line = (
                f"{s.arrival.isoformat()} → {s.departure.isoformat()}  {_e(room)} "
                f"{_e(s.room) or '—'}{'  ' + _e(s.notes) if s.notes else ''}"
            )
            mark = stay_labels.stay_mark(s, self._today)
            if not counts(s):  # kept for the record only: greyed, never read as a stay
                line = f"<span style='color:#6b7280'>{line} · <b>{_e(mark)}</b></span>"
            elif mark:
                line += f" · <b style='color:#1d4ed8'>{_e(mark)}</b>"
            rows.append(line)
        stays_title = self.tr("Stays")
        self.stays.setText(f"<b>{_e(stays_title)}</b><br>" + "<br>".join(rows))
