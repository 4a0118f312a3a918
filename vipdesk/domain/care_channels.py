"""How a guest was contacted (channel codes), what came of it (outcome codes), and the
channels a guest can consent to."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"


CONSENT_CHANNELS = (Channel.SMS, Channel.EMAIL, Channel.WECHAT, Channel.PHONE)
CHANNEL_ZH = {
    Channel.PHONE: "电话",
    Channel.SMS: "短信",
    Channel.WECHAT: "微信",
    Channel.EMAIL: "邮件",
    Channel.LETTER: "信件",
    Channel.IN_PERSON: "当面",
}


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    DECLINED = "declined"
    DO_NOT_CONTACT = "do_not_contact"
    """The guest asked not to be contacted again: sets do-not-contact."""
