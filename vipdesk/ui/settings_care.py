"""Settings → Care plan (duty managers and admins): what `vipdesk care settings` sets.

The tiers in the plan, the call load (which tiers get the short and the long call), the
months without a stay after which a guest of each tier is asleep, the lead time before
special days, and the script hint of each kind. Loaded and saved off the UI thread; a
save made after someone else's is refused, and the person may reload.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.care import CareSettings, TaskKind
from vipdesk.domain.care_texts import SCRIPT_HINTS_EN, SCRIPT_HINTS_ZH
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.care import CareSetup, care_setup, save_care_setup
from vipdesk.services.database import Database
from vipdesk.services.errors import ChangedMeanwhile
from vipdesk.ui import care_labels, labels
from vipdesk.ui.conflict_prompt import ask_to_reload
from vipdesk.ui.fields import tab_order
from vipdesk.ui.operations import ServiceCall, show_error

Scripts = dict[TaskKind, str]


def _field_label(name: str) -> str:
    return {
        "plan_tiers": QCoreApplication.translate("CareSettingsPage", "Tiers in the plan"),
        "call_tiers": QCoreApplication.translate("CareSettingsPage", "Calls"),
        "sleep_months": QCoreApplication.translate("CareSettingsPage", "Asleep after"),
        "special_lead_days": QCoreApplication.translate("CareSettingsPage", "Special days"),
        "scripts": QCoreApplication.translate("CareSettingsPage", "Script hints"),
    }.get(name, name)


class CareSettingsPage(QWidget):
    loaded = Signal()
    saved = Signal()
    failed = Signal()

    def __init__(self, db: Database, actor: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careSettingsPage")
        self._db, self._actor = db, actor
        self._setup: CareSetup | None = None
        self._scripts: Scripts = {}
        self._kind: TaskKind | None = None
        self._saving = False
        self.in_plan: dict[Tier, QCheckBox] = {}
        self.short_call: dict[Tier, QCheckBox] = {}
        self.long_call: dict[Tier, QCheckBox] = {}
        self.sleep_months: dict[Tier, QSpinBox] = {}

        hint = QLabel(
            self.tr(
                "Guests of the tiers in the plan who have a completed stay get the 611"
                " messages and calls, wake-up calls, special days and festivals. A guest is"
                " asleep after the months shown without a stay."
            ),
            self,
        )
        hint.setWordWrap(True)
        tiers = QGroupBox(self.tr("Who takes part"), self)
        grid = QGridLayout(tiers)
        for col, head in enumerate(
            (
                self.tr("Tier"),
                self.tr("In the plan"),
                self.tr("Short call"),
                self.tr("Long call"),
                self.tr("Asleep after"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{head}</b>", tiers), 0, col)
        for row, tier in enumerate(reversed(list(Tier)), start=1):
            name = labels.tier(tier)
            grid.addWidget(QLabel(name, tiers), row, 0)
            for col, (boxes, key, what) in enumerate(
                (
                    (self.in_plan, "carePlan", self.tr("%1 in the plan")),
                    (self.short_call, "careShortCall", self.tr("%1 get the short call")),
                    (self.long_call, "careLongCall", self.tr("%1 get the long call")),
                ),
                start=1,
            ):
                box = QCheckBox(tiers)
                box.setObjectName(f"{key}{tier.value}")
                box.setAccessibleName(what.replace("%1", name))
                boxes[tier] = box
                grid.addWidget(box, row, col)
            months = QSpinBox(tiers)
            months.setObjectName(f"careSleepMonths{tier.value}")
            months.setAccessibleName(self.tr("%1 asleep after months").replace("%1", name))
            months.setRange(1, 120)
            months.setSuffix(self.tr(" months"))
            self.sleep_months[tier] = months
            grid.addWidget(months, row, 4)
            self.in_plan[tier].toggled.connect(lambda _on, t=tier: self._plan_toggled(t))

        self.lead_days = QSpinBox(self)
        self.lead_days.setObjectName("careLeadDays")
        self.lead_days.setAccessibleName(self.tr("Days before a special day"))
        self.lead_days.setRange(0, 60)
        self.lead_days.setSuffix(self.tr(" days before"))
        lead = QLabel(self.tr("Special days and &festivals"), self)
        lead.setBuddy(self.lead_days)
        form = QHBoxLayout()
        form.addWidget(lead)
        form.addWidget(self.lead_days)
        form.addStretch()

        scripts = QGroupBox(self.tr("Script hints"), self)
        self.script_kind = QComboBox(scripts)
        self.script_kind.setObjectName("careScriptKind")
        self.script_kind.setAccessibleName(self.tr("Task kind"))
        for kind in TaskKind:
            self.script_kind.addItem(care_labels.kind(kind), kind.value)
        self.script = QPlainTextEdit(scripts)
        self.script.setObjectName("careScript")
        self.script.setAccessibleName(self.tr("Script hint"))
        self.script.setTabChangesFocus(True)
        self.script.setMaximumHeight(80)
        self.restore = QPushButton(self.tr("Restore the &default wording"), scripts)
        self.restore.setObjectName("careScriptRestore")
        self.restore.clicked.connect(self.script.clear)
        top = QHBoxLayout()
        top.addWidget(self.script_kind, 1)
        top.addWidget(self.restore)
        box = QVBoxLayout(scripts)
        box.addLayout(top)
        box.addWidget(self.script)
        self.script_kind.currentIndexChanged.connect(self._kind_changed)
        tab_order(self.lead_days, self.script_kind, self.restore, self.script)  # as they read

        self.error = QLabel(self)
        self.error.setObjectName("careSettingsError")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(tiers)
        layout.addLayout(form)
        layout.addWidget(scripts)
        layout.addWidget(self.error)
        layout.addStretch()
        self.setEnabled(False)  # until loaded
        self.load()

    # ---- loading ----------------------------------------------------------------------

    def load(self) -> None:
        db, actor = self._db, self._actor
        ServiceCall(self, lambda: care_setup(db, actor), self._show).latest("load").failed(
            self._load_failed
        ).start()

    def _load_failed(self, exc: BaseException) -> None:
        self.error.setText(labels.error_text(exc))
        self.error.show()

    def _show(self, setup: CareSetup) -> None:
        self._setup = setup
        s = setup.settings
        for tier in Tier:
            self.in_plan[tier].setChecked(s.in_plan(tier))
            self.short_call[tier].setChecked(s.gets(TaskKind.SHORT_CALL, tier))
            self.long_call[tier].setChecked(s.gets(TaskKind.LONG_CALL, tier))
            self.sleep_months[tier].setValue(s.months_asleep(tier))
            self._plan_toggled(tier)
        self.lead_days.setValue(s.special_lead_days)
        self._scripts = dict(setup.scripts)
        self._kind = None
        self._kind_changed()
        self.error.hide()
        self.setEnabled(True)
        self.loaded.emit()

    def _plan_toggled(self, tier: Tier) -> None:
        """Calls and sleep go to guests in the plan only: the rest is greyed out."""
        on = self.in_plan[tier].isChecked()
        for widget in (self.short_call[tier], self.long_call[tier], self.sleep_months[tier]):
            widget.setEnabled(on)

    def _kind_changed(self) -> None:
        if self._kind is not None:
            self._scripts[self._kind] = self.script.toPlainText().strip()
        self._kind = TaskKind(self.script_kind.currentData())
        seeds = SCRIPT_HINTS_ZH if care_labels.chinese_scripts() else SCRIPT_HINTS_EN
        self.script.setPlaceholderText(seeds[self._kind])
        self.script.setPlainText(self._scripts.get(self._kind, ""))

    # ---- saving -----------------------------------------------------------------------

    def entered(self) -> tuple[CareSettings, Scripts]:
        """The settings and script hints as the form shows them."""
        base = self._setup.settings if self._setup else CareSettings()
        plan = tuple(t for t in Tier if self.in_plan[t].isChecked())
        calls = {
            TaskKind.SHORT_CALL.value: tuple(t for t in plan if self.short_call[t].isChecked()),
            TaskKind.LONG_CALL.value: tuple(t for t in plan if self.long_call[t].isChecked()),
        }
        months = {**base.sleep_months, **{t.value: self.sleep_months[t].value() for t in plan}}
        settings = CareSettings(
            plan_tiers=plan,
            call_tiers={**base.call_tiers, **calls},
            sleep_months=months,
            special_lead_days=self.lead_days.value(),
            wake_again_days=base.wake_again_days,
            hurt_days=base.hurt_days,
        )
        if self._kind is not None:
            self._scripts[self._kind] = self.script.toPlainText().strip()
        scripts = {k: text for k, text in self._scripts.items() if text}
        return settings, scripts

    def has_changes(self) -> bool:
        if self._setup is None:
            return False
        settings, scripts = self.entered()
        return _normal(settings) != _normal(self._setup.settings) or scripts != {
            k: v for k, v in self._setup.scripts.items() if v
        }

    def save_pending(self, then: Callable[[], None]) -> bool:
        """Start saving when something changed, and run `then` once saved; False when
        there is nothing to save (or a save is already under way)."""
        if self._saving:
            return True
        if not self.has_changes():
            return False
        assert self._setup is not None
        settings, scripts = self.entered()
        if not settings.plan_tiers:
            self.error.setText(self.tr("Choose at least one tier for the plan."))
            self.error.show()
            self.failed.emit()
            return True
        db, actor, version = self._db, self._actor, self._setup.version
        self._saving = True
        self.error.hide()

        def done(new_version: int) -> None:
            self._saving = False
            self._setup = CareSetup(settings, scripts, new_version)  # nothing left to save
            self.saved.emit()
            then()

        ServiceCall(
            self, lambda: save_care_setup(db, actor, settings, scripts, version=version), done
        ).failed(self._save_failed).announcing("settings").start()
        return True

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.failed.emit()
        if isinstance(exc, ChangedMeanwhile):
            ask_to_reload(self, exc, _field_label, self.load)
        else:
            show_error(self, exc)


def _normal(s: CareSettings) -> CareSettings:
    """Settings compared as they act: call and sleep entries for tiers outside the plan,
    and the plan's order, make no difference."""
    plan = tuple(t for t in Tier if t in s.plan_tiers)
    return CareSettings(
        plan_tiers=plan,
        call_tiers={
            k.value: tuple(t for t in plan if s.gets(k, t))
            for k in (TaskKind.SHORT_CALL, TaskKind.LONG_CALL)
        },
        sleep_months={t.value: s.months_asleep(t) for t in plan},
        special_lead_days=s.special_lead_days,
        wake_again_days=s.wake_again_days,
        hurt_days=s.hurt_days,
    )
