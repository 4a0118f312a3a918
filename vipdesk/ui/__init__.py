"""The PySide6 desktop app. The only package that may import Qt."""

from vipdesk.ui.qt_workarounds import keep_bools_alive

keep_bools_alive()
