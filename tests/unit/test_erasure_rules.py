"""The pure rules of erasure: complaint history texts emptied, backups rotating out."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vipdesk.domain.backups import backups_to_keep
from vipdesk.domain.erasure import last_copy_rotates_out, scrub_event_detail, shown_name


def test_history_texts_are_emptied_and_the_figures_kept() -> None:
    edited = {"description": ["old text", "new text"], "severity": ["low", "high"]}
    assert scrub_event_detail(edited) == {"description": ["", ""], "severity": ["low", "high"]}
    assert scrub_event_detail({"note": "called Mr Wang"}) == {"note": ""}
    assert scrub_event_detail({"from": "open", "to": "closed"}) == {"from": "open", "to": "closed"}
    assert shown_name("", 7) == "Anonymised guest #7" and shown_name("王伟", 7) == "王伟"


def test_no_copy_holds_a_guest_erased_before_the_first_backup() -> None:
    assert last_copy_rotates_out([date(2026, 12, 2)], date(2026, 12, 1)) is None
    assert last_copy_rotates_out([], date(2026, 12, 1)) is None


@given(
    st.dates(date(2025, 1, 1), date(2027, 12, 31)),
    st.sets(st.integers(0, 60), max_size=40),
)
def test_the_last_copy_holding_the_guest_is_gone_within_five_weeks(
    erased_on: date, ages: set[int]
) -> None:
    copies = backups_to_keep({erased_on - timedelta(days=a) for a in ages})
    gone = last_copy_rotates_out(copies, erased_on)
    if not copies:
        assert gone is None
        return
    assert gone is not None and erased_on < gone <= erased_on + timedelta(days=35)
    # Replaying the daily rotation up to that day: no copy made by the erase day is left.
    days = set(copies)
    day = erased_on
    while day < gone:
        day += timedelta(days=1)
        days = backups_to_keep(days | {day})
        assert (day == gone) == (not {d for d in days if d <= erased_on})
