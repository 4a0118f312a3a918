"""Pure guest-recognition rules: no Qt, no database, no I/O."""
