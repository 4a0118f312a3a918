"""vipdesk: front-desk guest recognition for hotels."""

__version__ = "0.1.0"
