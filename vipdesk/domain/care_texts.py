"""What a care task says: its reason in words, the seeds' script hints, message templates.

English and Chinese here are for files (CLI, CSV, PDF); the screens translate through Qt
by the same codes (ui/care_labels.py).
"""

from __future__ import annotations

from datetime import date

from vipdesk.domain.care import CareTask, TaskKind, months_between
from vipdesk.domain.festivals import FESTIVALS

KIND_EN = {
    TaskKind.MESSAGE: "611 message",
    TaskKind.SHORT_CALL: "611 short call",
    TaskKind.LONG_CALL: "611 long call",
    TaskKind.KEEP_IN_TOUCH: "Keep in touch",
    TaskKind.SECOND_VISIT: "Second visit",
    TaskKind.RETENTION: "Retention",
    TaskKind.WAKE_UP: "Wake up",
    TaskKind.WIN_BACK: "Win back",
    TaskKind.SPECIAL_DATE: "Special day",
    TaskKind.FESTIVAL: "Festival",
}
KIND_ZH = {
    TaskKind.MESSAGE: "611短信",
    TaskKind.SHORT_CALL: "611短电话",
    TaskKind.LONG_CALL: "611长电话",
    TaskKind.KEEP_IN_TOUCH: "保持联系",
    TaskKind.SECOND_VISIT: "二次入住",
    TaskKind.RETENTION: "维系",
    TaskKind.WAKE_UP: "唤醒沉睡客户",
    TaskKind.WIN_BACK: "挽留受伤客户",
    TaskKind.SPECIAL_DATE: "特殊日子",
    TaskKind.FESTIVAL: "节日问候",
}

# The seeds' wording, a starting point a duty manager may edit (Settings → care scripts).
SCRIPT_HINTS_ZH = {
    TaskKind.MESSAGE: "问候近况，分享酒店近期活动；不推销。",
    TaskKind.SHORT_CALL: "2–3分钟：问候，感谢上次入住，询问有无需要。",
    TaskKind.LONG_CALL: "约10分钟，专人负责：回顾本季度，了解计划与喜好变化。",
    TaskKind.KEEP_IN_TOUCH: "感谢您的光临，期待再次为您服务。",
    TaskKind.SECOND_VISIT: "欢迎回来！按上次的喜好安排好了。（值班经理亲自迎接）",
    TaskKind.RETENTION: "感谢再次光临：积分、会员俱乐部、礼遇，真诚最重要。",
    TaskKind.WAKE_UP: "陈总，前段时间我们是不是在服务中没有做到位……",
    TaskKind.WIN_BACK: "再次致歉，说明已做的改进，邀请再给一次机会。",
    TaskKind.SPECIAL_DATE: "提前送上祝福，可准备小礼物。",
    TaskKind.FESTIVAL: "节日问候，祝阖家安康。",
}
SCRIPT_HINTS_EN = {
    TaskKind.MESSAGE: "Ask how they are, share the hotel's news; no selling.",
    TaskKind.SHORT_CALL: "2–3 minutes: greet, thank them for the last stay, ask if they need anything.",
    TaskKind.LONG_CALL: "About 10 minutes, by their dedicated person: the quarter, plans, changed tastes.",
    TaskKind.KEEP_IN_TOUCH: "Thank you for staying with us; we look forward to welcoming you again.",
    TaskKind.SECOND_VISIT: "Welcome back! Everything is as you liked it. (Duty manager greets in person.)",
    TaskKind.RETENTION: "Thank them for returning: points, club, rewards; sincerity above all.",
    TaskKind.WAKE_UP: "Mr Chen, did we fall short in our service some time ago…",
    TaskKind.WIN_BACK: "Apologise again, say what was improved, ask for another chance.",
    TaskKind.SPECIAL_DATE: "Send wishes ahead of the day; a small gift if fitting.",
    TaskKind.FESTIVAL: "Festival greetings to them and their family.",
}

# Messages for the hotel's SMS / e-mail tool; {honorific} {name} {hotel} {occasion} filled.
MESSAGE_ZH = {
    TaskKind.MESSAGE: "{honorific}您好，{hotel}问候您近来一切顺利，期待再次为您服务。",
    TaskKind.SPECIAL_DATE: "{honorific}您好，{hotel}提前祝您{occasion}快乐！",
    TaskKind.FESTIVAL: "{honorific}您好，{hotel}恭祝您{occasion}快乐，阖家安康！",
    TaskKind.KEEP_IN_TOUCH: "{honorific}您好，感谢您入住{hotel}，期待再次为您服务。",
    TaskKind.RETENTION: "{honorific}您好，感谢您再次光临{hotel}，期待下次相见。",
}
MESSAGE_EN = {
    TaskKind.MESSAGE: "Dear {honorific}, greetings from {hotel}. We hope all is well and look forward to welcoming you again.",
    TaskKind.SPECIAL_DATE: "Dear {honorific}, {hotel} wishes you a happy {occasion}!",
    TaskKind.FESTIVAL: "Dear {honorific}, {hotel} wishes you and your family a happy {occasion}!",
    TaskKind.KEEP_IN_TOUCH: "Dear {honorific}, thank you for staying at {hotel}. We look forward to your next visit.",
    TaskKind.RETENTION: "Dear {honorific}, thank you for staying with {hotel} again. See you soon.",
}
OCCASION_ZH = {"birthday": "生日", "anniversary": "纪念日", "other": "特别的日子"}
OCCASION_EN = {"birthday": "birthday", "anniversary": "anniversary", "other": "special day"}


def is_chinese(language: str) -> bool:
    """Guests whose language is Chinese (or not given: the hotel's own) read Chinese."""
    value = language.strip().casefold()
    return not value or value.startswith(("zh", "chinese", "中", "普通话", "粤", "國", "国"))


def occasion_words(task: CareTask, chinese: bool) -> str:
    if task.kind is TaskKind.FESTIVAL:
        festival = FESTIVALS.get(task.detail)
        return (festival.zh if chinese else festival.en) if festival else task.detail
    return (OCCASION_ZH if chinese else OCCASION_EN).get(task.reason, task.reason)


def reason_en(task: CareTask, today: date) -> str:
    """Why the task exists, in English (CLI, JSON, CSV)."""
    r, d = task.reason, task.detail
    if task.kind is TaskKind.WAKE_UP:
        return f"no stay for {d} months"
    if task.kind is TaskKind.WIN_BACK:
        what = {
            "overdue": "overdue",
            "unresolved": "never resolved",
            "unhappy": "follow-up satisfaction ≤ 2",
        }[r]
        return f"complaint #{d} {what}"
    if task.kind is TaskKind.KEEP_IN_TOUCH:
        return f"first stay, left {d}: say thank you"
    if task.kind is TaskKind.SECOND_VISIT:
        return "2nd stay: greet as a returning guest, recall their preferences"
    if task.kind is TaskKind.RETENTION:
        return f"stay {d} ended: retention"
    if task.kind is TaskKind.SPECIAL_DATE:
        return f"{OCCASION_EN.get(r, r)} on {task.occasion} ({d})" if d else r
    if task.kind is TaskKind.FESTIVAL:
        return f"{occasion_words(task, False)} on {task.occasion}"
    return {
        TaskKind.MESSAGE: "611: message on the 1st and 15th",
        TaskKind.SHORT_CALL: "611: mid-quarter call",
        TaskKind.LONG_CALL: "611: end-of-quarter call",
    }[task.kind]


def asleep_months(last_departure: date, today: date) -> int:
    return months_between(last_departure, today)
