"""Realistic, deterministic demo guests (names, phones, dates, stays): the same seed gives
the same hotel. Pure generation: services.demo puts them in a database."""

from __future__ import annotations

import random
from datetime import date, timedelta

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    Gender,
    GuestDraft,
    Preference,
    PreferenceCategory,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Stay,
    Taboo,
    TabooKind,
)
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.tiers import Tier

# (native name, latin name, gender, nationality, language, honorific)
_FIXED = [
    ("诸葛亮", "Zhuge Liang", Gender.MALE, "中国", "zh-CN", "先生"),
    ("歐陽娜娜", "Ouyang Nana", Gender.FEMALE, "中國台灣", "zh-TW", "女士"),
    ("吕布", "Lü Bu", Gender.MALE, "中国", "zh-CN", "先生"),
    ("单田芳", "Shan Tianfang", Gender.MALE, "中国", "zh-CN", "先生"),
    ("曾國藩", "Zeng Guofan", Gender.MALE, "中國香港", "zh-HK", "先生"),
    (
        "José Müller-Lüdenscheidt",
        "José Müller-Lüdenscheidt",
        Gender.MALE,
        "Deutschland",
        "de",
        "Herr",
    ),
    ("Seán O'Brien", "Seán O'Brien", Gender.MALE, "Ireland", "en", "Mr"),
    ("Jonathon Smith", "Jonathon Smith", Gender.MALE, "United Kingdom", "en", "Mr"),
    ("山田太郎", "Yamada Tarō", Gender.MALE, "日本", "ja", "様"),
    ("Zoë Ångström", "Zoë Ångström", Gender.FEMALE, "Sverige", "sv", "Ms"),
    # Compound surnames (复姓) and a Japanese name written with a space.
    ("诸葛明辉", "Zhuge Minghui", Gender.MALE, "中国", "zh-CN", "先生"),
    ("万俟思雨", "Moqi Siyu", Gender.FEMALE, "中国", "zh-CN", "女士"),
    ("長孫雅婷", "Zhangsun Yating", Gender.FEMALE, "中國台灣", "zh-TW", "小姐"),
    ("山田 花子", "Yamada Hanako", Gender.FEMALE, "日本", "ja", "様"),
]
CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇朴"
# Given names by gender, so that an honorific fits the name (no 张淑芬 先生, no Mr Emma).
CN_GIVEN_BY_GENDER = {
    Gender.FEMALE: "芳娜秀敏静丽艳娟霞桂英玉兰萍红梅欣怡思雨涵萱诺",
    Gender.MALE: "伟强磊军洋勇杰涛明超平刚华鹏辉建国文斌宇浩凯晨俊熙",
}
CN_GIVEN = "".join(CN_GIVEN_BY_GENDER.values())
_TW_NAMES = [
    ("陳", "Chen"),
    ("黃", "Huang"),
    ("張", "Zhang"),
    ("劉", "Liu"),
    ("蔡", "Cai"),
    ("鄭", "Zheng"),
    ("謝", "Xie"),
    ("諸葛", "Zhuge"),
]
_TW_GIVEN = {
    Gender.FEMALE: ["淑芬", "美玲", "雅婷", "怡君", "詩涵"],
    Gender.MALE: ["志明", "家豪", "建宏", "冠廷", "國強"],
}
WESTERN_FIRST_BY_GENDER = {
    Gender.FEMALE: [
        "Emma",
        "Charlotte",
        "Sophie",
        "Amélie",
        "Zoë",
        "Chloé",
        "Inês",
        "Siobhán",
        "Renée",
    ],
    Gender.MALE: [
        "James",
        "Oliver",
        "Liam",
        "Noah",
        "Lukas",
        "François",
        "Søren",
        "Björn",
        "Łukasz",
        "João",
        "Seán",
    ],
}
WESTERN_FIRST = [name for names in WESTERN_FIRST_BY_GENDER.values() for name in names]
WESTERN_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Müller",
    "Schröder",
    "Dubois",
    "Lefèvre",
    "O'Connor",
    "García",
    "Fernández",
    "Nørgaard",
    "Wróbel",
    "Kowalski",
    "Rossi",
    "Leclerc",
    "Ångström",
    "Núñez",
    "Brontë",
    "Müller-Lüdenscheidt",
]
_JP = [
    ("佐藤", "Satō"),
    ("鈴木", "Suzuki"),
    ("高橋", "Takahashi"),
    ("田中", "Tanaka"),
    ("渡辺", "Watanabe"),
    ("伊藤", "Itō"),
]
_JP_GIVEN = {
    Gender.FEMALE: [("陽菜", "Hina"), ("美咲", "Misaki"), ("結衣", "Yui")],
    Gender.MALE: [("翔太", "Shōta"), ("健一", "Ken'ichi"), ("大輔", "Daisuke")],
}
COMPANIES = [
    "华为技术有限公司",
    "腾讯科技",
    "中國國際航空",
    "Siemens AG",
    "HSBC",
    "Deloitte",
    "阿里巴巴集团",
    "Toyota Motor",
    "国家电网",
    "",
    "",
    "",
    "Nestlé S.A.",
    "長榮海運",
]
_PREFS = [
    (PreferenceCategory.ROOM, "高楼层，远离电梯"),
    (PreferenceCategory.ROOM, "High floor, away from the lift"),
    (PreferenceCategory.ROOM, "大床房"),
    (PreferenceCategory.ROOM, "Extra pillows (feather-free)"),
    (PreferenceCategory.FOOD_DRINK, "早餐要豆浆油条"),
    (PreferenceCategory.FOOD_DRINK, "Oat milk with coffee"),
    (PreferenceCategory.FOOD_DRINK, "喜欢普洱茶"),
    (PreferenceCategory.FOOD_DRINK, "Vegetarian breakfast"),
    (PreferenceCategory.AMENITIES, "需要加湿器"),
    (PreferenceCategory.AMENITIES, "Yoga mat in room"),
    (PreferenceCategory.COMMUNICATION, "只用微信联系"),
    (PreferenceCategory.COMMUNICATION, "Prefers e-mail, not calls"),
    (PreferenceCategory.OTHER, "喜欢安静，不要打扰"),
    (PreferenceCategory.OTHER, "Newspaper: Financial Times"),
]
_TABOOS = [
    (TabooKind.TABOO, "忌数字4（不要4楼或带4的房号）", Severity.SERIOUS),
    (TabooKind.TABOO, "不吃猪肉", Severity.SERIOUS),
    (TabooKind.TABOO, "No lilies in the room", Severity.CAUTION),
    (TabooKind.TABOO, "不要送钟表类礼品", Severity.CAUTION),
    (TabooKind.ALLERGY, "花生过敏（严重）", Severity.DANGER),
    (TabooKind.ALLERGY, "Shellfish allergy", Severity.DANGER),
    (TabooKind.ALLERGY, "对羽毛枕过敏", Severity.SERIOUS),
]
_ROOM_FLOORS = [3, 5, 6, 8, 9, 10, 11, 12, 15, 16, 18, 19, 20, 21, 22, 23]


def demo_guests(count: int, seed: int = 1, today: date | None = None) -> list[GuestDraft]:
    """`count` guests; special dates are placed relative to `today` (some today, this week)."""
    rnd = random.Random(seed)
    today = today or date.today()
    drafts: list[GuestDraft] = []
    for i in range(count):
        if i < len(_FIXED):
            native, latin, gender, nationality, language, honorific = _FIXED[i]
        else:
            native, latin, gender, nationality, language, honorific = _random_person(rnd)
        display = native
        tier = rnd.choices(list(Tier), weights=[50, 25, 15, 7, 3])[0]
        phone = _random_phone(rnd, nationality)
        email = (
            f"{_ascii(latin).lower().replace(' ', '.')}{i}@example.com"
            if rnd.random() < 0.6
            else ""
        )
        prefs = [Preference(text, cat) for cat, text in rnd.sample(_PREFS, rnd.randint(0, 3))]
        taboos = [
            Taboo(text, kind, sev)
            for kind, text, sev in rnd.sample(_TABOOS, rnd.choice([0, 0, 1, 1, 2]))
        ]
        dates = _special_dates(rnd, i, today)
        stays = _stays(rnd, i, today)
        drafts.append(
            GuestDraft(
                name=display,
                member_no=f"M{100000 + i}" if rnd.random() < 0.85 else None,
                native_name=native if native != latin else "",
                latin_name=latin,
                honorific=honorific,
                gender=gender,
                phones=[phone],
                email=email,
                company=rnd.choice(COMPANIES),
                nationality=nationality,
                language=language,
                tier=tier,
                notes=rnd.choice(["", "", "常住客，喜欢被称呼职务。", "Travels with a guide dog."]),
                preferences=prefs,
                taboos=taboos,
                special_dates=dates,
                stays=stays,
            )
        )
    return drafts


def _random_person(rnd: random.Random) -> tuple[str, str, Gender, str, str, str]:
    kind = rnd.random()
    gender = rnd.choice([Gender.FEMALE, Gender.MALE])
    if kind < 0.45:
        given = "".join(rnd.sample(CN_GIVEN_BY_GENDER[gender], rnd.choice([1, 2])))
        name = rnd.choice(CN_SURNAMES) + given
        return name, "", gender, "中国", "zh-CN", "女士" if gender == Gender.FEMALE else "先生"
    if kind < 0.6:
        (sur, sur_latin), given = rnd.choice(_TW_NAMES), rnd.choice(_TW_GIVEN[gender])
        return (
            sur + given,
            sur_latin,
            gender,
            "中國台灣",
            "zh-TW",
            "小姐" if gender == Gender.FEMALE else "先生",
        )
    if kind < 0.7:
        (sur, sur_l), (giv, giv_l) = rnd.choice(_JP), rnd.choice(_JP_GIVEN[gender])
        return sur + giv, f"{sur_l} {giv_l}", gender, "日本", "ja", "様"
    name = f"{rnd.choice(WESTERN_FIRST_BY_GENDER[gender])} {rnd.choice(WESTERN_LAST)}"
    nat = rnd.choice(
        ["United Kingdom", "Deutschland", "France", "España", "Polska", "Danmark", "USA"]
    )
    return name, name, gender, nat, "en", "Ms" if gender == Gender.FEMALE else "Mr"


def _random_phone(rnd: random.Random, nationality: str):  # type: ignore[no-untyped-def]
    if nationality.startswith(("中国", "中國")):
        text = f"1{rnd.choice('3578')}{rnd.randint(0, 9)} {rnd.randint(0, 9999):04d} {rnd.randint(0, 9999):04d}"
    elif nationality == "日本":
        text = f"+81 90-{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}"
    else:
        text = f"+44 7{rnd.randint(100, 999)} {rnd.randint(100000, 999999)}"
    return normalise_phone(text)


def _special_dates(rnd: random.Random, i: int, today: date) -> list[SpecialDate]:
    # A handful of birthdays today and a dozen this week, as at a real front desk; the
    # other dates are spread over the year (so a few more fall today by chance).
    if i % 7 == 3 and i < 21:
        birthday = today
    elif i % 5 == 1 and i < 60:
        birthday = today + timedelta(days=rnd.randint(1, 6))
    else:
        birthday = date(2001, 1, 1) + timedelta(days=rnd.randint(0, 364))
    year = rnd.randint(1950, 2000) if rnd.random() < 0.6 else None
    if year and birthday.month == 2 and birthday.day == 29:
        year = 1988
    dates = [SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(birthday.month, birthday.day, year))]
    if i % 11 == 4 and i < 60:
        ann = today + timedelta(days=rnd.randint(0, 3))
        dates.append(
            SpecialDate(
                SpecialDateKind.ANNIVERSARY,
                PartialDate(ann.month, ann.day, rnd.randint(1995, 2020)),
                "结婚纪念日",
            )
        )
    return dates


def _stays(rnd: random.Random, i: int, today: date) -> list[Stay]:
    stays = []
    for _ in range(rnd.choice([0, 1, 1, 2, 3, 5])):
        arrival = today - timedelta(days=rnd.randint(20, 1500))
        stays.append(Stay(arrival, arrival + timedelta(days=rnd.randint(1, 6)), _room(rnd)))
    if i % 9 == 2:  # in house now
        arrival = today - timedelta(days=rnd.randint(0, 2))
        stays.append(Stay(arrival, today + timedelta(days=rnd.randint(1, 4)), _room(rnd), "在住"))
    return sorted(stays, key=lambda s: s.arrival)


def _room(rnd: random.Random) -> str:
    return f"{rnd.choice(_ROOM_FLOORS)}{rnd.randint(1, 30):02d}"


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c == " ")) or "guest"
