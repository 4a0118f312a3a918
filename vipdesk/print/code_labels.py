"""Printed labels for the codes a guest's record holds (gender, preference categories…),
in both languages as every printed document has them: 中文 (Traditional for zh_TW, see
script.t) then English. Complaint codes are the management reports' (complaint_reports)."""

from __future__ import annotations

from vipdesk.domain.care_channels import CHANNEL_ZH, Channel, Outcome
from vipdesk.domain.caution import CautionCategory
from vipdesk.domain.guest import Gender, PreferenceCategory, Severity, SpecialDateKind, TabooKind
from vipdesk.domain.id_documents import IdType
from vipdesk.domain.stays import StayStatus
from vipdesk.domain.tiers import Tier, printed_label
from vipdesk.print.script import t

_CHANNEL_EN = {
    Channel.PHONE: "Phone",
    Channel.SMS: "SMS",
    Channel.WECHAT: "WeChat",
    Channel.EMAIL: "E-mail",
    Channel.LETTER: "Letter",
    Channel.IN_PERSON: "In person",
}
# Each code's label: "中文 English" (the Chinese half goes through t for zh_TW).
_LABELS: dict[str, dict[str, str]] = {
    "gender": {
        Gender.MALE: "男 Male",
        Gender.FEMALE: "女 Female",
        Gender.OTHER: "其他 Other",
    },
    "preference": {
        PreferenceCategory.ROOM: "客房 Room",
        PreferenceCategory.FOOD_DRINK: "餐饮 Food & drink",
        PreferenceCategory.AMENITIES: "用品 Amenities",
        PreferenceCategory.COMMUNICATION: "沟通 Communication",
        PreferenceCategory.OTHER: "其他 Other",
    },
    "taboo_kind": {TabooKind.TABOO: "忌讳 Taboo", TabooKind.ALLERGY: "过敏 Allergy"},
    "taboo_severity": {
        Severity.CAUTION: "注意 Caution",
        Severity.SERIOUS: "严重 Serious",
        Severity.DANGER: "危险 Danger",
    },
    "special_date": {
        SpecialDateKind.BIRTHDAY: "生日 Birthday",
        SpecialDateKind.ANNIVERSARY: "纪念日 Anniversary",
        SpecialDateKind.OTHER: "特别日子 Special day",
    },
    "stay_status": {
        StayStatus.RESERVED: "已预订 Reserved",
        StayStatus.CHECKED_IN: "在住 In house",
        StayStatus.CHECKED_OUT: "已离店 Checked out",
        StayStatus.CANCELLED: "已取消 Cancelled",
        StayStatus.NO_SHOW: "未到 No-show",
    },
    "stay_source": {"manual": "手工录入 Typed in", "pms": "PMS导入 PMS import"},
    "channel": {c: f"{CHANNEL_ZH[c]} {_CHANNEL_EN[c]}" for c in Channel},
    "outcome": {
        Outcome.REACHED: "已联系上 Reached",
        Outcome.NO_ANSWER: "无人接听 No answer",
        Outcome.LEFT_MESSAGE: "已留言 Left a message",
        Outcome.DECLINED: "婉拒 Declined",
        Outcome.DO_NOT_CONTACT: "勿再联系 Do not contact",
    },
    "id_type": {
        IdType.CN_ID: "居民身份证 Resident ID card",
        IdType.PASSPORT: "护照 Passport",
        IdType.HK_MACAU: "港澳通行证 Mainland travel permit (HK/Macao)",
        IdType.TAIWAN: "台湾通行证 Mainland travel permit (Taiwan)",
        IdType.OTHER: "其他证件 Other",
    },
    "caution": {
        CautionCategory.UNPAID_BILL: "跑账 Unpaid bill",
        CautionCategory.DAMAGE: "损坏 Damage",
        CautionCategory.HARASSMENT: "骚扰 Harassment",
        CautionCategory.SECURITY: "安全 Security",
        CautionCategory.OTHER: "其他 Other",
    },
}


def code_label(kind: str, code: str) -> str:
    """The printed label of a code of `kind` (see _LABELS; "tier" too); unknown codes as they are."""
    if kind == "tier" and code in Tier.__members__.values():
        return t(printed_label(Tier(code)))
    label = _LABELS.get(kind, {}).get(code)
    if label is None:
        return code
    zh, _, en = label.partition(" ")
    return f"{t(zh)} {en}"
