"""Care plan commands: the task list, logging contacts, the call sheet, the message list,
and the monthly care report."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

from vipdesk.cli.common import EXIT_OK, acting_staff
from vipdesk.domain.care import Channel, Outcome, TaskKind
from vipdesk.domain.care_texts import reason_en
from vipdesk.domain.guest import FieldError
from vipdesk.domain.tiers import Tier, parse_tier
from vipdesk.services.audit import record_output, recorded
from vipdesk.services.database import Database
from vipdesk.services.errors import FileProblem, ValidationFailed
from vipdesk.services.safe_files import write_bytes, write_rendered

EXIT_USAGE = 2


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_care_parsers(sub, report_sub) -> None:  # type: ignore[no-untyped-def]
    """The `care` command and `report care`."""
    care = sub.add_parser("care", help="the care plan: 611, AD, wake-up, win-back, special days")
    care_sub = care.add_subparsers(dest="what", metavar="WHAT", required=True)
    listing = care_sub.add_parser("list", help="tasks due (and overdue), by kind, VIP first")
    listing.add_argument("--from", dest="start", type=_day, metavar="D", help="default today")
    listing.add_argument("--to", dest="end", type=_day, metavar="D", help="default --from")
    listing.add_argument("--kind", choices=[k.value for k in TaskKind], action="append")
    listing.add_argument("--json", action="store_true")
    log = care_sub.add_parser("log", help="record a contact with a guest (completes its task)")
    log.add_argument("guest", metavar="GUEST", help="member no. or id")
    log.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    log.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    log.add_argument("--task", metavar="ID", help="the task it answers (from care list)")
    log.add_argument("--note", default="", metavar="N")
    skip = care_sub.add_parser("skip", help="skip a task with a reason (duty manager)")
    skip.add_argument("task", metavar="ID")
    skip.add_argument("--reason", required=True)
    sheet = care_sub.add_parser("sheet", help="the day's call sheet as PDF")
    sheet.add_argument("--date", type=_day, metavar="D")
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    export = care_sub.add_parser("export", help="the day's message list (consent only) as CSV")
    export.add_argument("--channel", required=True, choices=["sms", "email"])
    export.add_argument("--date", type=_day, metavar="D")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")

    settings = care_sub.add_parser(
        "settings", help="show or change the care settings (duty manager)"
    )
    settings.add_argument(
        "--plan-tiers", metavar="T,T", help="tiers in the plan, e.g. VIP,VVIP,VVVIP"
    )
    settings.add_argument(
        "--calls", nargs="+", metavar="KIND=T,T", help="call load, e.g. long_call=VVVIP"
    )
    settings.add_argument(
        "--sleep-months", nargs="+", metavar="TIER=N", help="months without a stay, e.g. VIP=12"
    )
    settings.add_argument("--lead-days", type=int, metavar="N", help="days before special days")
    consent = care_sub.add_parser("consent", help="record or withdraw marketing consent")
    consent.add_argument("guest", metavar="GUEST", help="member no. or id")
    consent.add_argument("--channel", required=True, choices=["sms", "email", "wechat", "phone"])
    consent.add_argument("--how", default="", help="how it was given (registration card…)")
    consent.add_argument("--withdraw", action="store_true")

    monthly = report_sub.add_parser("care", help="monthly care figures")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    out = monthly.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", action="store_true")
    out.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="write a PDF report")


def care_command(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services import care, care_contacts

    actor = acting_staff(db, args)
    if args.what == "list":
        start = args.start or date.today()
        end = args.end or start
        if end < start:
            print("vipdesk: --to is before --from", file=sys.stderr)
            return EXIT_USAGE
        kinds = [TaskKind(k) for k in args.kind] if args.kind else None
        items = care.plan(db, actor, start, end, kinds=kinds)
        if args.json:
            print(json.dumps([i.as_json(start) for i in items], ensure_ascii=False, indent=1))
            return EXIT_OK
        for i in items:
            flag = "OVERDUE " if i.task.overdue else ""
            print(
                f"{i.id:<28} {flag}{i.task.kind.value:<13} {i.task.due_iso():<16} "
                f"{i.tier.value:<5} {i.member_no or '-':<10} {i.name}  · {reason_en(i.task, start)}"
            )
        print(f"{len(items)} tasks", file=sys.stderr)
        return EXIT_OK
    if args.what == "log":
        contact = care_contacts.log_contact(
            db,
            actor,
            args.guest,
            Channel(args.channel),
            Outcome(args.outcome),
            task=args.task,
            note=args.note,
        )
        answered = f", task {contact.task_id} done" if contact.task_id else ""
        print(f"logged contact {contact.id} with guest {contact.guest_id}{answered}")
        return EXIT_OK
    if args.what == "settings":
        return _settings(db, actor, args)
    if args.what == "consent":
        from vipdesk.services.care_contacts import set_consent
        from vipdesk.services.guests import find_by_member_no_or_id

        guest = find_by_member_no_or_id(db, actor, args.guest)
        set_consent(db, actor, guest.id, Channel(args.channel), not args.withdraw, how=args.how)
        state = "withdrawn" if args.withdraw else "recorded"
        print(f"{args.channel} consent {state} for guest {guest.id}")
        return EXIT_OK
    if args.what == "skip":
        care_contacts.skip_task(db, actor, args.task, args.reason)
        print(f"skipped {args.task}")
        return EXIT_OK
    if args.what == "sheet":
        from vipdesk.print.care_sheet import call_sheet_pdf

        day = args.date or date.today()
        write_rendered(
            args.output,
            recorded(
                lambda path: call_sheet_pdf(db, actor, day, path),
                lambda: record_output(
                    db, actor, "print", "call_sheet", day=day.isoformat(), file=args.output
                ),
            ),
        )
        print(f"wrote the call sheet for {day} to {args.output}")
        return EXIT_OK
    if args.what == "export":
        from vipdesk.services.care_outputs import message_list

        day = args.date or date.today()
        result = message_list(db, actor, Channel(args.channel), day)
        record_output(
            db,
            actor,
            "export",
            f"{args.channel}_messages",
            day=day.isoformat(),
            count=len(result.rows),
            file=args.output,
        )  # first: a list nobody could record is not written
        try:
            write_bytes(args.output, result.csv_bytes())
        except OSError as exc:
            raise FileProblem(f"cannot write {args.output}: {exc.strerror or exc}") from None
        print(f"wrote {len(result.rows)} {args.channel} messages for {day} to {args.output}")
        for label, who in (
            ("without consent for " + args.channel, result.without_consent),
            ("with consent but no " + ("phone" if args.channel == "sms" else "e-mail"),
             result.without_address),
        ):  # fmt: skip
            if who:
                names = ", ".join(f"{name} ({no})" for no, name in who[:50])
                more = f" and {len(who) - 50} more" if len(who) > 50 else ""
                print(f"left out {len(who)} {label}: {names}{more}")
        return EXIT_OK
    print(f"vipdesk: unknown care command {args.what}", file=sys.stderr)  # pragma: no cover
    return EXIT_USAGE  # pragma: no cover


def _tiers(text: str) -> tuple[Tier, ...]:
    try:
        return tuple(parse_tier(t) for t in text.split(",") if t.strip())
    except ValueError as exc:
        raise ValidationFailed([FieldError("tiers", str(exc))]) from None


def _settings(db: Database, actor, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from vipdesk.services import care

    current = care.get_settings(db, actor)
    changes: dict[str, object] = {}
    if args.plan_tiers:
        changes["plan_tiers"] = _tiers(args.plan_tiers)
    if args.calls:
        calls = dict(current.call_tiers)
        for item in args.calls:
            kind, _, tiers = item.partition("=")
            calls[kind.strip()] = _tiers(tiers)
        changes["call_tiers"] = calls
    if args.sleep_months:
        months = dict(current.sleep_months)
        for item in args.sleep_months:
            tier, _, n = item.partition("=")
            found = _tiers(tier)
            if len(found) != 1 or not n.strip().isdigit():
                raise ValidationFailed([FieldError("sleep_months", f"{item!r} is not TIER=N")])
            months[found[0].value] = int(n)
        changes["sleep_months"] = months
    if args.lead_days is not None:
        changes["special_lead_days"] = args.lead_days
    if changes:
        care.set_settings(db, actor, replace(current, **changes))  # type: ignore[arg-type]
    print(care.get_settings(db, actor).to_json())
    return EXIT_OK


def report_care(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.care_outputs import care_report

    actor = acting_staff(db, args)
    if args.output:
        from vipdesk.print.care_report import care_report_pdf

        write_rendered(
            args.output,
            recorded(
                lambda path: care_report_pdf(db, actor, args.month, path),
                lambda: record_output(
                    db, actor, "print", "care_report", month=args.month, file=args.output
                ),
            ),
        )
        print(f"wrote the {args.month} care report to {args.output}")
        return EXIT_OK
    print(json.dumps(asdict(care_report(db, actor, args.month)), ensure_ascii=False))
    return EXIT_OK
