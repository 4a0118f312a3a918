"""Where the data lives: the user's folder, or a machine-wide one chosen at install."""

from pathlib import Path

import pytest

from vipdesk import config


def test_the_users_data_folder_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_DATA_DIR, raising=False)
    assert config.data_dir_for(None).name == "vipdesk"
    assert config.default_db_path().parent == config.data_dir()


def test_the_environment_names_a_shared_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "shared"))
    assert config.data_dir() == tmp_path / "shared"
    assert config.resolve_db_path() == tmp_path / "shared" / "vipdesk.db"


def test_the_installer_names_a_machine_wide_folder_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Windows installer writes data-folder.txt into the program folder when the
    machine-wide data folder is chosen; environment variables in it are expanded."""
    monkeypatch.delenv(config.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("VIPDESK_TEST_PROGRAMDATA", str(tmp_path / "ProgramData"))
    program = tmp_path / "Program Files" / "vipdesk"
    program.mkdir(parents=True)
    assert config.data_dir_for(program).name == "vipdesk"  # no file: per user
    (program / config.DATA_FOLDER_FILE).write_text(
        "\ufeff$VIPDESK_TEST_PROGRAMDATA/vipdesk\r\n", encoding="utf-8"
    )
    assert config.data_dir_for(program) == tmp_path / "ProgramData" / "vipdesk"
    (program / config.DATA_FOLDER_FILE).write_text("  \n", encoding="utf-8")
    assert config.data_dir_for(program) != program  # blank: per user


def test_helper_processes_run_modules_with_this_python() -> None:
    import sys

    from vipdesk.runtime import is_frozen, module_command

    assert not is_frozen()  # the frozen form is checked on the bundle (check_bundle.py)
    assert module_command("vipdesk.x", "--a") == [sys.executable, "-m", "vipdesk.x", "--a"]
