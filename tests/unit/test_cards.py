"""Printed recognition cards: real PDFs, fonts embedded, nothing outside its card."""

from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from tests.screenshots import screenshots
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    GuestDraft,
    Preference,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Stay,
    Taboo,
    TabooKind,
)
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.print.cards import CR80, render_cards
from vipdesk.services.cards import card_data
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest

TODAY = date(2026, 11, 25)
MM = 72 / 25.4


@pytest.fixture
def three(db: Database, actor: Staff) -> list[str]:
    guests = [
        GuestDraft(
            "诸葛亮",
            member_no="M1",
            honorific="先生",
            tier=Tier.VVVIP,
            taboos=[
                Taboo("花生", TabooKind.ALLERGY, Severity.DANGER),
                Taboo("忌数字4", TabooKind.TABOO, Severity.SERIOUS),
            ],
            special_dates=[SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(11, 27))],
            preferences=[Preference("高楼层"), Preference("普洱茶")],
        ),
        GuestDraft(
            "歐陽娜娜",
            member_no="M2",
            honorific="女士",
            tier=Tier.VVIP,
            stays=[Stay(date(2026, 5, 1), date(2026, 5, 3), "1808")],
        ),
        GuestDraft(
            "José Müller-Lüdenscheidt",
            member_no="M3",
            honorific="Herr",
            taboos=[Taboo("No lilies in the room", TabooKind.TABOO, Severity.CAUTION)],
        ),
    ]
    for g in guests:
        create_guest(db, actor, g)
    return ["M1", "M2", "M3"]


def fonts_of(path: Path) -> list[tuple[str, bool]]:
    out = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = bool(descriptor) and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            out.append((str(font["/BaseFont"]), embedded))
    return out


@pytest.mark.parametrize(
    ("fmt", "size_mm"), [("cr80", (85.6, 54)), ("a6", (148, 105)), ("a4-sheet", (210, 297))]
)
def test_cards_in_every_format(
    db: Database,
    actor: Staff,
    three: list[str],
    tmp_path: Path,
    fmt: str,
    size_mm: tuple[float, float],
) -> None:
    pdf = tmp_path / f"{fmt}.pdf"
    frames = render_cards(card_data(db, actor, three, today=TODAY), pdf, fmt, today=TODAY)
    reader = PdfReader(pdf)
    assert len(reader.pages) == (1 if fmt == "a4-sheet" else 3)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM, 1), round(float(box.height) / MM, 1)) == size_mm
    text = "".join(p.extract_text() for p in reader.pages)
    for expected in ("诸葛亮", "歐陽娜娜", "José Müller-Lüdenscheidt", "花生", "No lilies", "M3"):
        assert expected in text.replace("\n", " ").replace(
            "Müller- Lüdenscheidt", "Müller-Lüdenscheidt"
        ) or expected in text.replace("\n", ""), f"{expected!r} missing from the {fmt} PDF"
    fonts = fonts_of(pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    for frame in frames:  # no text leaves its card
        for b in frame.boxes:
            assert frame.x <= b.x and b.x + b.width <= frame.x + frame.width + 0.01, b
            assert frame.y <= b.y and b.y + b.height <= frame.y + frame.height + 0.01, b
    image = pypdfium2.PdfDocument(str(pdf))[0].render(scale=3).to_pil()
    image.save(screenshots() / f"card-{fmt}.png")


def test_long_names_and_many_taboos_shrink_or_say_what_was_left_out(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    create_guest(
        db,
        actor,
        GuestDraft(
            "Maximiliane Alexandra Wilhelmine von Hohenzollern-Sigmaringen-Lüdenscheidt",
            member_no="L1",
            taboos=[Taboo(f"Taboo number {i} with a rather long explanation") for i in range(12)],
            preferences=[Preference(f"Preference {i}") for i in range(20)],
        ),
    )
    frames = render_cards(card_data(db, actor, ["L1"], today=TODAY), tmp_path / "long.pdf", "cr80")
    (frame,) = frames
    for b in frame.boxes:
        assert (
            b.x >= 0
            and b.x + b.width <= CR80[0] + 0.01
            and b.y >= 0
            and b.y + b.height <= CR80[1] + 0.01
        )
    texts = " ".join(b.text for b in frame.boxes)
    assert "see profile" in texts  # what did not fit is announced, not dropped silently


def test_registration_card_is_prefilled_and_bilingual(
    db: Database, actor: Staff, three: list[str], tmp_path: Path
) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.print.regcard import render_registration_cards
    from vipdesk.services.errors import PermissionDenied
    from vipdesk.services.hotel import Hotel, get_hotel, set_hotel

    hotel = Hotel(
        "上海外滩华庭酒店 The Bund Garden Hotel", "中山东一路 88 号, Shanghai", "+86 21 6333 8888"
    )
    with pytest.raises(PermissionDenied):
        set_hotel(db, make_staff(db, "desk"), hotel)  # a receptionist
    set_hotel(db, make_staff(db, "boss", role=Role.DUTY_MANAGER), hotel)
    assert get_hotel(db, actor) == hotel
    pdf = tmp_path / "reg.pdf"
    pages = render_registration_cards(
        card_data(db, actor, three, today=TODAY), get_hotel(db, actor), pdf, TODAY
    )
    reader = PdfReader(pdf)
    assert len(reader.pages) == 3
    text = reader.pages[1].extract_text()
    for expected in ("歐陽娜娜", "Bund Garden", "签名", "Signature", "Registration"):
        assert expected in text
    assert all(embedded for _, embedded in fonts_of(pdf))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    for boxes in pages:
        for b in boxes:
            assert b.x >= 0 and b.x + b.width <= width and b.y >= 0 and b.y + b.height <= height, b
    image = pypdfium2.PdfDocument(str(pdf))[0].render(scale=2).to_pil()
    image.save(screenshots() / "registration-card.png")
