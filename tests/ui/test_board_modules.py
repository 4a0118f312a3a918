"""The Today board is three modules (the rows, the table view, the widget); every name
callers import from vipdesk.ui.today_board still comes from there, from its one home."""

import importlib

HOMES = {
    "vipdesk.ui.today_board_model": [
        "TodayBoardModel",
        "NAME",
        "TIER",
        "STAY",
        "REQUESTS",
        "ALERTS",
        "ARRIVALS",
        "IN_HOUSE",
        "DEPARTURES",
    ],
    "vipdesk.ui.board_table": ["BoardTable", "FOCUS_COLOUR"],
    "vipdesk.ui.today_board": ["TodayBoard"],
}


def test_each_name_has_one_home_and_the_old_imports_still_work() -> None:
    board = importlib.import_module("vipdesk.ui.today_board")
    for module, names in HOMES.items():
        home = importlib.import_module(module)
        for name in names:
            assert getattr(board, name) is getattr(home, name), name
            if isinstance(getattr(home, name), type):
                assert getattr(home, name).__module__ == module, name
    assert sorted(board.__all__) == sorted(n for names in HOMES.values() for n in names)
