"""A guest's copy of their data as a readable PDF to hand over (bilingual labels, fonts
embedded): the same content as the JSON copy (services.guest_copy), section by section."""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vipdesk.domain.complaints import ComplaintCodes
from vipdesk.domain.staff import Staff
from vipdesk.print.code_labels import code_label
from vipdesk.print.complaint_reports import EVENT_KINDS, complaint_value, describe_event
from vipdesk.print.fonts import fonts, text_width
from vipdesk.print.layout import Page, wrap
from vipdesk.print.script import printing_in, t
from vipdesk.services import safe_files
from vipdesk.services.complaint_codes import complaint_codes
from vipdesk.services.database import Database
from vipdesk.services.guest_copy import SECTIONS, GuestCopy, guest_copy
from vipdesk.services.hotel import get_hotel

GREY = (0.35, 0.35, 0.35)
SIZE = 9.5
LEFT = 18 * mm
RIGHT = A4[0] - 18 * mm
TOP = A4[1] - 20 * mm
BOTTOM = 18 * mm
MIN_LABEL_WIDTH = 42 * mm

SECTION_TITLES = {
    "profile": "个人资料 Profile",
    "erased": "已删除 Erased",
    "phones": "电话 Phones",
    "preferences": "偏好 Preferences",
    "taboos": "忌讳与过敏 Taboos and allergies",
    "special_dates": "纪念日 Special dates",
    "stays": "入住记录 Stays",
    "complaints": "投诉 Complaints",
    "care": "客户关怀 Care",
    "care_contacts": "联系记录 Contacts",
    "care_skips": "跳过的任务 Skipped tasks",
    "consents": "营销同意 Consent",
    "id_documents": "证件 ID documents",
    "caution": "警示 Caution",
    "confidential": "保密 Confidential",
    "merged_files": "合并的档案 Merged files",
    "audit": "操作记录 Audit entries",
}
LABELS = {
    "id": "编号 Id",
    "member_no": "会员号 Member no.",
    "name": "姓名 Name",
    "native_name": "原文姓名 Native name",
    "latin_name": "英文名 Latin name",
    "honorific": "称谓 Honorific",
    "gender": "性别 Gender",
    "email": "邮箱 E-mail",
    "company": "公司 Company",
    "nationality": "国籍 Nationality",
    "language": "语言 Language",
    "tier": "等级 Tier",
    "notes": "备注 Notes",
    "created_at": "创建于 Created",
    "updated_at": "更新于 Updated",
    "has_photo": "照片 Photo",
    "number": "号码 Number",
    "e164": "标准格式 E.164",
    "category": "类别 Category",
    "text": "内容 Text",
    "kind": "类型 Kind",
    "severity": "程度 Severity",
    "arrival": "抵店 Arrival",
    "departure": "离店 Departure",
    "room": "房号 Room",
    "status": "状态 Status",
    "description": "描述 Description",
    "real_reason": "真实原因 Real reason",
    "guest_wish": "客人诉求 Wish",
    "occurred_at": "发生时间 Occurred",
    "department": "部门 Department",
    "events": "处理记录 History",
    "note": "记录 Note",
    "channel": "渠道 Channel",
    "outcome": "结果 Outcome",
    "at": "时间 At",
    "by": "经办 By",
    "type": "证件类型 Type",
    "country": "签发国 Country",
    "masked": "号码 Number",
    "added_at": "登记于 Added",
    "reason": "原因 Reason",
    "erased_at": "删除于 Erased",
    "action": "操作 Action",
    "detail": "详情 Detail",
    "snapshot": "档案内容 File",
    "month": "月 Month",
    "day": "日 Day",
    "year": "年 Year",
    "lunar": "农历 Lunar",
    "leap": "闰月 Leap month",
    "label": "说明 Label",
    "source": "来源 Source",
    "confirmation_no": "预订号 Confirmation no.",
    "room_type": "房型 Room type",
    "adults": "成人 Adults",
    "children": "儿童 Children",
    "eta": "预计到达 ETA",
    "pms_vip": "PMS 贵宾 PMS VIP",
    "requests": "特殊要求 Requests",
    "comments": "说明 Comments",
    "resv_name": "预订姓名 Booked name",
    "resv_member_no": "预订会员号 Booked member no.",
    "resv_phone": "预订电话 Booked phone",
    "resv_email": "预订邮箱 Booked e-mail",
    "service": "服务 Service",
    "excessive": "过度要求 Excessive",
    "excessive_note": "过度要求说明 Excessive (note)",
    "compensation": "补偿 Compensation",
    "compensation_value": "补偿金额 Compensation value",
    "feedback_due": "承诺回复 Feedback due",
    "resolved_at": "解决于 Resolved",
    "followup_result": "回访结果 Follow-up",
    "satisfaction": "满意度 Satisfaction",
    "do_not_contact": "勿联系 Do not contact",
    "dedicated_to": "专人负责 Dedicated to",
    "task": "任务 Task",
    "due": "到期 Due",
    "given_on": "同意日期 Given on",
    "how": "方式 How",
    "flagged": "已标记 Flagged",
    "set_at": "设置于 Set",
    "alias": "化名 Alias",
    "merged_id": "原档案编号 Former id",
    "entity": "对象 Object",
    "entity_id": "对象编号 Object id",
    "workstation": "工作站 Workstation",
}
EMPTY = "无 None"
# Which codes a (section, field) holds: printed as their labels (code_labels), never as codes.
CODE_KINDS = {
    ("profile", "gender"): "gender",
    ("profile", "tier"): "tier",
    ("preferences", "category"): "preference",
    ("taboos", "kind"): "taboo_kind",
    ("taboos", "severity"): "taboo_severity",
    ("special_dates", "kind"): "special_date",
    ("stays", "status"): "stay_status",
    ("stays", "source"): "stay_source",
    ("care_contacts", "channel"): "channel",
    ("care_contacts", "outcome"): "outcome",
    ("consents", "channel"): "channel",
    ("id_documents", "type"): "id_type",
    ("caution", "category"): "caution",
}
COMPLAINT_CODES = frozenset({"department", "category", "severity", "status"})


def guest_copy_pdf(
    db: Database, actor: Staff, guest_id: int, path: Path, *, language: str = "zh_CN"
) -> GuestCopy:
    """Write the guest's copy as a PDF to `path` (safely: see safe_files).

    Labels are 中文 and English, the Chinese in `language`'s script (zh_TW: 繁體).
    """
    copy = guest_copy(db, actor, guest_id, to="pdf")
    hotel = get_hotel(db, actor).name
    codes = complaint_codes(db, actor)
    safe_files.write_rendered(
        Path(path), lambda scratch: render_guest_copy(copy, hotel, scratch, codes, language)
    )
    return copy


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return t("是 Yes") if value else t("否 No")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class _Writer:
    def __init__(self, canvas: Canvas, codes: ComplaintCodes) -> None:
        self.codes = codes
        self.canvas = canvas
        # Values start after the longest label, so none runs into its value.
        self.label_width = max(
            MIN_LABEL_WIDTH, max(text_width(t(label), SIZE) for label in LABELS.values()) + 3 * mm
        )
        self.page = Page(canvas)
        self.y = TOP

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.canvas.showPage()
            self.page = Page(self.canvas)
            self.y = TOP

    def heading(self, text: str) -> None:
        self.room(40)
        self.y -= 8
        self.page.text(LEFT, self.y, text, 12.5, bold=True)
        self.y -= 17

    def line(self, text: str, *, colour: tuple[float, float, float] = (0, 0, 0)) -> None:
        for part in wrap(text, RIGHT - LEFT, SIZE):
            self.room(14)
            self.page.text(LEFT, self.y, part, SIZE, colour=colour)
            self.y -= 13

    def field(self, label: str, value: str, indent: float = 0) -> None:
        x = LEFT + indent + self.label_width
        lines = wrap(value, RIGHT - x, SIZE)
        self.room(13 * min(len(lines), 3) + 2)
        self.page.text(LEFT + indent, self.y, label, SIZE, colour=GREY)
        for part in lines:
            self.room(14)
            self.page.text(x, self.y, part, SIZE)
            self.y -= 13

    def entry(self, section: str, item: dict[str, object], indent: float = 0) -> None:
        for key, value in item.items():
            label = t(LABELS.get(key, key))
            if key == "events" and isinstance(value, list):
                self.field(label, "" if value else "—", indent)
                for event in value:
                    self.entry("complaint_events", event, indent + 8 * mm)
                    self.y -= 3
            else:
                self.field(label, self.value(section, key, value), indent)

    def value(self, section: str, key: str, value: object) -> str:
        """A field's value as the guest reads it: labels for codes, the rest as held."""
        if value is None or value == "":
            return "—"
        if (section, key) in CODE_KINDS:
            return code_label(CODE_KINDS[section, key], str(value))
        if section == "complaints" and key in COMPLAINT_CODES:
            return complaint_value(key, value, self.codes)
        if section == "complaint_events" and key == "kind":
            return t(EVENT_KINDS[str(value)]) if value in EVENT_KINDS else str(value)
        if section == "complaint_events" and key == "detail" and isinstance(value, dict):
            return describe_event(value, self.codes) or "—"
        return _shown(value)


def render_guest_copy(
    copy: GuestCopy,
    hotel: str,
    path: Path,
    codes: ComplaintCodes | None = None,
    language: str = "zh_CN",
) -> None:
    """Draw the copy; Chinese labels in `language`'s script (zh_TW: 繁體)."""
    with printing_in(language):
        _render(copy, hotel, path, codes or ComplaintCodes())


def _render(copy: GuestCopy, hotel: str, path: Path, codes: ComplaintCodes) -> None:
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts().latin, initialFontSize=10)
    canvas.setTitle(f"Guest data copy #{copy.guest_id}")
    out = _Writer(canvas, codes)
    if hotel:
        out.page.text(LEFT, out.y, hotel, 11, colour=GREY)
        out.y -= 24
    title = t("客人个人信息副本 Copy of a guest's personal data")
    size = 17.0
    while text_width(title, size, bold=True) > RIGHT - LEFT and size > 11:
        size -= 0.5
    out.page.text(LEFT, out.y, title, size, bold=True)
    out.y -= 22
    out.line(
        f"{t('客人编号 Guest')} #{copy.guest_id} · {t('制作于 Made')} "
        f"{copy.made_at:%Y-%m-%d %H:%M} · {t('经办 By')} {copy.made_by}",
        colour=GREY,
    )
    out.line(
        t("证件号码从不保存，只显示末四位。")
        + "Identity document numbers are never stored: only their last four characters are shown.",
        colour=GREY,
    )
    for name in SECTIONS:
        value = copy.sections.get(name)
        out.heading(t(SECTION_TITLES.get(name, name)))
        if not value:
            out.line(t(EMPTY), colour=GREY)
        elif isinstance(value, dict):
            out.entry(name, value)
        else:
            for item in value:
                out.entry(name, item)
                out.y -= 5
    canvas.showPage()
    canvas.save()
