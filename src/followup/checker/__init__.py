"""The etiquette checker: rules as data, rule types as code, one engine, several formatters.

Nothing in this package imports a model library, so the pre-send linter starts fast.
"""
