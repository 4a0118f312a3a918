"""Persistence: SQLAlchemy models, connection setup, migrations."""
