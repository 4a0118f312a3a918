"""Safe defaults: what matters is chosen, never silently preselected at the weakest level."""

from PySide6.QtCore import Qt

from tests.accounts import make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import list_complaints
from vipdesk.services.database import Database
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.followup_dialog import FollowUpDialog
from vipdesk.ui.guest_form import GuestForm


def test_category_and_department_are_chosen_not_preselected(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    d = ComplaintDialog(demo_db, actor, [], guest=(2, "歐陽娜娜"))
    qtbot.addWidget(d)
    d.reject = d.close  # type: ignore[method-assign]  # closing after the test must not ask
    d.show()
    assert d.department.currentIndex() == -1 and d.category.currentIndex() == -1
    d.description.setPlainText("Cold soup")
    d.save()
    qtbot.waitUntil(lambda: d.errors["category"].isVisible(), timeout=10_000)
    assert d.errors["department"].isVisible()
    assert "choose" in d.errors["category"].text()
    assert list_complaints(demo_db, actor) == []


def test_the_duty_manager_defaults_to_the_one_signed_in(
    qtbot, demo_db: Database, english: None
) -> None:  # type: ignore[no-untyped-def]
    other = make_staff(demo_db, "li", Role.DUTY_MANAGER, display_name="李经理")
    me = make_staff(demo_db, "wang", Role.DUTY_MANAGER, display_name="王经理")
    d = ComplaintDialog(demo_db, me, [other, me], guest=(2, "歐陽娜娜"))
    qtbot.addWidget(d)
    assert d.manager.currentData() == me.id
    assert not d.dirty  # a default is not something typed


def test_followup_satisfaction_is_not_preselected(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    d = FollowUpDialog("王小明")
    qtbot.addWidget(d)
    assert d.scale.checkedButton() is None
    submitted: list[tuple[str, int]] = []
    d.submitted.connect(lambda text, score: submitted.append((text, score)))
    d.result_edit.setPlainText("满意")
    d.accept()
    assert submitted == [] and "satisf" in d.error.text()
    d.scale.button(5).setChecked(True)
    d.accept()
    assert submitted == [("满意", 5)]


def test_a_new_taboo_starts_serious_and_a_new_allergy_at_danger(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    form = GuestForm()
    qtbot.addWidget(form)
    form.taboos.add_button.click()
    assert form.taboos.rows() == [["taboo", "serious", ""]]
    kind = form.taboos.model.index(0, 0)
    form.taboos.model.setData(kind, "allergy", Qt.ItemDataRole.UserRole)  # as the combo does
    assert form.taboos.rows()[0][:2] == ["allergy", "danger"]
    form.taboos.model.setData(kind, "taboo", Qt.ItemDataRole.UserRole)
    assert form.taboos.rows()[0][:2] == ["taboo", "serious"]
    # A severity chosen by hand is kept.
    severity = form.taboos.model.index(0, 1)
    form.taboos.view.itemDelegateForColumn(1).setModelData(
        _combo_at(form, "caution"), form.taboos.model, severity
    )
    form.taboos.model.setData(kind, "allergy", Qt.ItemDataRole.UserRole)
    assert form.taboos.rows()[0][:2] == ["allergy", "caution"]


def _combo_at(form: GuestForm, code: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox(form)
    for value, label in form.taboos.choices[1]:
        combo.addItem(label, value)
    combo.setCurrentIndex(combo.findData(code))
    return combo
