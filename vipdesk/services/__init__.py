"""The API that the UI, the CLI and printing call. Plain dataclasses in and out."""
