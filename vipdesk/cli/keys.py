"""`vipdesk key export/import` and `vipdesk encrypt`: the database key, for admins."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vipdesk.cli.common import EXIT_OK, acting_staff, sign_in_cli
from vipdesk.services.database import Database, open_desk


def add_key_parsers(sub: Any) -> None:
    key = sub.add_parser("key", help="the database's encryption key (admin)")
    key_sub = key.add_subparsers(dest="what", metavar="WHAT", required=True)
    export = key_sub.add_parser(
        "export", help="write the key to FILE, to restore backups on another computer"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    imp = key_sub.add_parser(
        "import", help="install a saved key for the database named by --db (checked first)"
    )
    imp.add_argument("file", type=Path, metavar="FILE")


def key_export(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.database_keys import export_key

    dest = export_key(db, acting_staff(db, args), args.output)
    print(
        f"wrote the key of {db.shown_name} to {dest}: keep it apart from the backups (whoever has "
        "both can read every guest)"
    )
    return EXIT_OK


def key_import(db_path: Path, args: argparse.Namespace) -> int:
    """Open the database with the key being imported, sign in as its admin, then store it."""
    from vipdesk.services.database_keys import import_key, read_key_file

    key = read_key_file(db_path, args.file)
    db = open_desk(db_path, create=False, key=key)
    try:
        place = import_key(db, sign_in_cli(db, args), key)
    finally:
        db.close()
    where = "the OS keyring" if place.is_keyring else f"the key folder {place.where}"
    print(f"installed the key of {db_path} in {where}")
    return EXIT_OK


def encrypt(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.database_keys import encrypt_database

    path = db.path
    result = encrypt_database(db, acting_staff(db, args))
    total = sum(result.rows.values())
    guests = result.rows.get("guests", 0)
    print(f"encrypted {path}: {guests} guests, {total} rows in {len(result.rows)} tables, checked")
    if result.place is not None:
        where = "the OS keyring" if result.place.is_keyring else result.place.where
        print(f"its key is kept in {where}; save it now with `vipdesk key export -o FILE`")
    print("the plain file was removed (its old bytes stay in the disk's free space)")
    if result.plain_copies:
        print("these older copies are still plain (delete them once a new backup is made):")
        for copy in result.plain_copies:
            print(f"  {copy}")
    return EXIT_OK


def encryption_lines(db: Database, args: argparse.Namespace) -> list[str]:
    """`vipdesk check`'s lines about encryption and the key."""
    from vipdesk.services.database_keys import encryption_status

    return encryption_status(db, acting_staff(db, args)).lines()
