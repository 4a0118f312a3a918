"""The reading the profile shows: surnames read as surnames, compound ones kept whole."""

import pytest

from vipdesk.domain.pronunciation import pronounce, split_surname
from vipdesk.domain.surnames import COMPOUND_SURNAMES


@pytest.mark.parametrize(
    ("name", "said"),
    [
        # compound surnames (复姓), in simplified and traditional characters
        ("万俟卨", "Mòqí Xiè"),
        ("萬俟卨", "Mòqí Xiè"),
        ("长孙无忌", "Zhǎngsūn Wújì"),
        ("長孫無忌", "Zhǎngsūn Wújì"),
        ("澹台灭明", "Tántái Mièmíng"),
        ("澹臺滅明", "Tántái Mièmíng"),
        ("单于", "Chányú"),
        ("單于", "Chányú"),
        ("欧阳修", "Ōuyáng Xiū"),
        ("歐陽修", "Ōuyáng Xiū"),
        ("诸葛亮", "Zhūgě Liàng"),
        ("諸葛亮", "Zhūgě Liàng"),
        ("司马迁", "Sīmǎ Qiān"),
        ("司馬遷", "Sīmǎ Qiān"),
        ("上官婉儿", "Shàngguān Wǎn'ér"),
        ("夏侯惇", "Xiàhóu Dūn"),
        ("东方朔", "Dōngfāng Shuò"),
        ("皇甫谧", "Huángfǔ Mì"),
        ("公孙胜", "Gōngsūn Shèng"),
        ("慕容复", "Mùróng Fù"),
        ("宇文泰", "Yǔwén Tài"),
        ("尉迟恭", "Yùchí Gōng"),
        ("尉遲恭", "Yùchí Gōng"),
        ("令狐冲", "Lìnghú Chōng"),
        ("轩辕明", "Xuānyuán Míng"),
        ("軒轅明", "Xuānyuán Míng"),
        ("呼延灼", "Hūyán Zhuó"),
        ("端木赐", "Duānmù Cì"),
        ("南宫小明", "Nángōng Xiǎomíng"),
        ("司徒小明", "Sītú Xiǎomíng"),
        # polyphonic single surnames
        ("单田芳", "Shàn Tiánfāng"),
        ("曾國藩", "Zēng Guófān"),
        ("解缙", "Xiè Jìn"),
        ("仇英", "Qiú Yīng"),
        ("朴槿惠", "Piáo Jǐnhuì"),
        ("查良镛", "Zhā Liángyōng"),
        ("盖聂", "Gě Niè"),
        ("乐毅", "Yuè Yì"),
        ("翟天临", "Zhái Tiānlín"),
        ("任正非", "Rén Zhèngfēi"),
        ("华罗庚", "Huà Luógēng"),
        ("纪晓岚", "Jǐ Xiǎolán"),
        ("尉缭", "Yù Liáo"),
        ("长小明", "Cháng Xiǎomíng"),
        ("吕布", "Lǚ Bù"),
        # two accepted readings: both, until the guest's own is recorded
        ("宓小明", "Mì / Fú Xiǎomíng"),
        ("隗嚣", "Kuí / Wěi Xiāo"),
        ("句小明", "Gōu / Jù Xiǎomíng"),
        # no Han characters: nothing to say
        ("José Müller", ""),
    ],
)
def test_surnames_read_as_surnames(name: str, said: str) -> None:
    assert pronounce(name) == said


def test_recorded_reading_wins() -> None:
    assert pronounce("宓小明", recorded="Fú Xiǎomíng") == "Fú Xiǎomíng"
    assert pronounce("宓小明", recorded="  ") == "Mì / Fú Xiǎomíng"
    assert pronounce("宓小明", recorded=None) == "Mì / Fú Xiǎomíng"


def test_compound_surname_is_split_after_the_surname() -> None:
    assert split_surname("万俟卨") == ("万俟", "Mòqí")
    assert split_surname("單于") == ("單于", "Chányú")
    assert split_surname("王小明") == ("王", "Wáng")


def test_compound_surnames_are_data_in_simplified_characters() -> None:
    from vipdesk.domain.search_text import fold

    assert len(COMPOUND_SURNAMES) >= 21
    assert all(fold(s) == s for s in COMPOUND_SURNAMES)


def test_japanese_and_korean_names_get_no_pinyin() -> None:
    from vipdesk.domain.pronunciation import guest_reading

    assert guest_reading("山田太郎", language="ja") == ""
    assert guest_reading("さくら", language="") == ""
    assert guest_reading("山田太郎", language="ja", recorded="Yamada Tarō") == "Yamada Tarō"
    assert guest_reading("Zhuge Liang", "诸葛亮", language="zh-CN") == "Zhūgě Liàng"
