"""The writer: notes in, a checked follow-up message out (offline or through a model)."""
