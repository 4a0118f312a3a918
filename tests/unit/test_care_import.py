"""The guest import's `consent`/同意 column and lunar birthdays."""

import csv
from pathlib import Path

from vipdesk.domain.care import Channel
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.staff import Staff
from vipdesk.services.care_contacts import consents
from vipdesk.services.database import Database
from vipdesk.services.guest_import import import_guests
from vipdesk.services.guests import find_by_member_no_or_id


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_consent_column_and_lunar_birthdays(db: Database, actor: Staff, tmp_path: Path) -> None:
    path = write(
        tmp_path / "g.csv",
        [
            ["会员号", "姓名", "生日", "同意"],
            ["M1", "陈总", "农历八月十五", "短信；邮件"],
            ["M2", "李娜", "农历闰6月1日", "sms;wechat"],
            ["M3", "王五", "lunar 8-15", ""],
            ["M4", "赵六", "", "传真"],
        ],
    )
    rejects = tmp_path / "r.csv"
    summary = import_guests(db, actor, path, rejects_path=rejects)
    assert (summary.imported, summary.rejected) == (3, 1)
    assert "consent: '传真'" in rejects.read_text(encoding="utf-8-sig")
    chen = find_by_member_no_or_id(db, actor, "M1")
    assert chen.birthday() == PartialDate(8, 15, lunar=True)
    assert find_by_member_no_or_id(db, actor, "M2").birthday() == PartialDate(
        6, 1, lunar=True, leap=True
    )
    given = consents(db, actor, chen.id)
    assert sorted(c.channel for c in given) == [Channel.EMAIL, Channel.SMS]
    assert all(c.how == "import g.csv" and c.given_on for c in given)
    assert consents(db, actor, find_by_member_no_or_id(db, actor, "M3").id) == []
    # Importing again keeps consent on file (and its date) and adds none twice.
    import_guests(db, actor, path)
    assert len(consents(db, actor, chen.id)) == 2
