"""The Care list: model, filters, Enter → log contact → the next task, and a look at it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.accounts import make_staff
from vipdesk.domain.care import Channel, Outcome, TaskKind
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Role, Staff
from vipdesk.domain.stays import Stay
from vipdesk.domain.tiers import Tier
from vipdesk.services import care, care_contacts
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.ui.app import set_language
from vipdesk.ui.care_list_model import CareListModel
from vipdesk.ui.care_view import CareView

from ..screenshots import screenshots

DAY = date(2026, 2, 15)


@pytest.fixture
def care_db(db: Database, actor: Staff) -> Database:
    for i, (name, tier, stays) in enumerate(
        [
            ("陈建国", Tier.VVVIP, [Stay(date(2025, 12, 1), date(2025, 12, 3))]),
            ("Anna Smith", Tier.VIP, [Stay(date(2024, 12, 1), date(2024, 12, 3))]),
            ("王芳", Tier.VVIP, [Stay(date(2025, 12, 10), date(2025, 12, 12))]),
        ]
    ):
        create_guest(
            db,
            actor,
            GuestDraft(
                name=name,
                member_no=f"M{i + 1}",
                tier=tier,
                phones=[normalise_phone(f"1391234567{i}")],
                stays=stays,
            ),
        )
    return db


def open_view(qtbot, db: Database, actor: Staff) -> CareView:  # type: ignore[no-untyped-def]
    view = CareView(db, actor, today=DAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    return view


def test_model_passes_the_model_tester(qtmodeltester, care_db: Database, actor: Staff) -> None:  # type: ignore[no-untyped-def]
    model = CareListModel()
    model.set_rows(care.plan(care_db, actor, DAY), care.script_hints(care_db, actor))
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_grouped_by_kind_vip_first_with_reason_and_hint(
    qtbot, care_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, care_db, actor)
    rows = [
        [view.proxy.index(r, c).data() for c in range(view.proxy.columnCount())]
        for r in range(view.proxy.rowCount())
    ]
    messages = [r for r in rows if r[0] == "611 message"]
    assert [m[1] for m in messages] == [
        "陈建国 · Triple VIP",
        "王芳 · Double VIP",
        "Anna Smith · VIP",
    ]
    wake = next(r for r in rows if r[0] == "Wake up")
    assert wake[1].startswith("Anna Smith") and wake[2] == "no stay for 14 months"
    assert "overdue" in wake[3]
    assert wake[6].startswith("Mr Chen, did we fall short")  # the seeds' wording, in English
    assert "tasks" in view.count.text()


def test_filters_by_kind_tier_and_assignee(
    qtbot, care_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, care_db, actor)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(TaskKind.SHORT_CALL.value))
    assert view.proxy.rowCount() == 3
    view.tier_filter.setCurrentIndex(view.tier_filter.findData(Tier.VVIP.value))
    assert view.proxy.rowCount() == 2
    view.assignee_filter.setCurrentIndex(view.assignee_filter.findData("mine"))
    assert view.proxy.rowCount() == 0


def test_enter_logs_a_contact_and_the_next_task_follows(
    qtbot, care_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, care_db, actor)
    before = view.proxy.rowCount()
    first, second = view.current_item(), view.model.item(1)
    assert first is not None
    opened = []
    view.dialog_opened.connect(opened.append)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    (dialog,) = opened
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.REACHED.value))
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PHONE.value))
    dialog.note.setText("问候了，下月来")
    with qtbot.waitSignal(view.logged, timeout=10_000):
        dialog.accept()
    assert view.proxy.rowCount() == before - 1
    assert view.current_item() is not None and view.current_item().id == second.id
    (contact,) = care_contacts.contacts(care_db, actor, first.task.guest_id)
    assert (contact.task_id, contact.note) == (first.id, "问候了，下月来")


def test_a_duty_manager_edits_the_script_hint(qtbot, care_db: Database, english: None) -> None:  # type: ignore[no-untyped-def]
    manager = make_staff(care_db, "duty", Role.DUTY_MANAGER)
    view = open_view(qtbot, care_db, manager)
    assert view.save_hint.isVisibleTo(view) and not view.hint.isReadOnly()
    kind = view.current_item().task.kind
    view.hint.setPlainText("您好，我是值班经理")
    view.save_hint.click()
    qtbot.waitUntil(lambda: view.model.hints[kind] == "您好，我是值班经理")
    assert care.script_hints(care_db, manager)[kind] == "您好，我是值班经理"


def test_a_receptionist_cannot_edit_the_script(qtbot, care_db: Database, english: None) -> None:  # type: ignore[no-untyped-def]
    actor = make_staff(care_db, "desk", Role.RECEPTIONIST)  # a receptionist
    view = open_view(qtbot, care_db, actor)
    assert view.hint.isReadOnly() and not view.save_hint.isVisibleTo(view)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_look_at_it(qtbot, care_db: Database, actor: Staff, english: None, language: str) -> None:  # type: ignore[no-untyped-def]
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    view = open_view(qtbot, care_db, actor)
    view.resize(1280, 520)
    folder = screenshots()
    assert view.grab().save(str(folder / f"care-list-{language}.png"))
    opened = []
    view.dialog_opened.connect(opened.append)
    view.log_current()
    (dialog,) = opened
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(folder / f"care-log-{language}.png"))
    dialog.reject()
    if language == "zh_CN":
        assert view.model.headerData(0, Qt.Orientation.Horizontal) != "Task"


def test_ctrl_l_opens_the_care_list_from_the_counter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.care_action.shortcut().toString() == "Ctrl+L"
    assert window.care_action in window.guest_menu.actions()
    opened = []
    window.dialog_opened.connect(opened.append)
    window.care_action.trigger()
    (view,) = opened
    assert isinstance(view, CareView)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.close()


@pytest.mark.parametrize(
    ("button", "page"), [("sheet_button", "回访电话单"), ("report_button", "客户关怀月报")]
)
def test_call_sheet_and_month_report_open_in_the_preview(
    qtbot, care_db: Database, actor: Staff, english: None, button: str, page: str
) -> None:  # type: ignore[no-untyped-def]
    import io

    from pypdf import PdfReader

    view = open_view(qtbot, care_db, actor)
    with qtbot.waitSignal(view.dialog_opened, timeout=20_000) as opened:
        getattr(view, button).click()
    preview = opened.args[0]
    assert preview.images
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert page in text
    if button == "report_button":
        assert view._today.strftime("%Y-%m") in preview.windowTitle()
        preview.grab().save(str(screenshots() / "care-report-preview.png"))
    preview.close()


def test_care_and_consent_from_the_guest_dialog(qtbot, care_db: Database, english: None) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.services.care_contacts import care_details
    from vipdesk.services.guests import find_by_member_no_or_id
    from vipdesk.ui.guest_dialog import GuestDialog

    manager = make_staff(care_db, "duty", Role.DUTY_MANAGER, display_name="Duty 值班")
    guest = find_by_member_no_or_id(care_db, manager, "M1")
    dialog = GuestDialog(care_db, manager, guest)
    qtbot.addWidget(dialog)
    assert dialog.care_button.isVisibleTo(dialog)
    care_dialog = dialog.open_care_details()
    with qtbot.waitSignal(care_dialog.loaded, timeout=10_000):
        pass
    care_dialog.dedicated.setCurrentIndex(care_dialog.dedicated.findData(manager.id))
    care_dialog.consent[Channel.SMS].setChecked(True)
    care_dialog.how.setText("登记卡 registration card")
    care_dialog.grab().save(str(screenshots() / "care-details-en.png"))
    with qtbot.waitSignal(care_dialog.saved, timeout=10_000):
        care_dialog.save()
    details = care_details(care_db, manager, guest.id)
    assert details.dedicated_to == manager.id and not details.do_not_contact
    assert details.consents[Channel.SMS].how == "登记卡 registration card"
    # The long call now goes to the dedicated person.
    calls = care.plan(care_db, manager, date(2026, 3, 31), kinds=[TaskKind.LONG_CALL])
    assert {i.task.guest_id: i.task.assignee for i in calls}[guest.id] == manager.id


def test_only_a_duty_manager_picks_the_dedicated_person(
    qtbot, care_db: Database, english: None
) -> None:  # type: ignore[no-untyped-def]
    actor = make_staff(care_db, "desk", Role.RECEPTIONIST)  # a receptionist
    from vipdesk.services.care_contacts import save_care_details
    from vipdesk.services.errors import PermissionDenied
    from vipdesk.ui.care_details_dialog import CareDetailsDialog

    dialog = CareDetailsDialog(care_db, actor, 1)
    qtbot.addWidget(dialog)
    assert not dialog.dedicated.isEnabled()
    with pytest.raises(PermissionDenied):
        save_care_details(
            care_db, actor, 1, dedicated_to=actor.id, do_not_contact=False, consent={}
        )
    save_care_details(care_db, actor, 1, dedicated_to=None, do_not_contact=True, consent={})
    assert care.plan(care_db, actor, DAY, kinds=[TaskKind.MESSAGE])[0].task.guest_id != 1
