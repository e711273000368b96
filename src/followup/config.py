"""Find and load settings from `[tool.followup]` in pyproject.toml or `.followup.toml`.

The first folder (from the current one up to the root) that has a `.followup.toml`, or a
`pyproject.toml` with a `[tool.followup]` table, supplies the settings. Relative style paths
are resolved against that file's folder. With no file, nothing is imported beyond the
standard library, which keeps the linter's start fast; the schema lives in settings.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.errors import ConfigError, InputError, describe_validation_error

if TYPE_CHECKING:
    from followup.settings import Settings


def find_config(start: Path) -> Path | None:
    """The nearest `.followup.toml`, or `pyproject.toml` with a followup table, upward."""
    for folder in [start, *start.parents]:
        dot = folder / ".followup.toml"
        if dot.is_file():
            return dot
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_followup_table(pyproject):
            return pyproject
    return None


def _has_followup_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tool.followup" in text


def load_settings(path: Path) -> Settings:
    """Parse settings from a file; ConfigError names the file and field."""
    import tomllib  # only when there is a file: most lint runs have none

    from pydantic import ValidationError

    from followup.inputs import decode_utf8
    from followup.settings import Settings

    try:
        data = tomllib.loads(decode_utf8(str(path), path.read_bytes()))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except InputError as exc:  # the wording notes and drafts get: "not valid UTF-8 (byte N)"
        raise ConfigError(str(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml" or set(data) == {"tool"}:
        # pyproject.toml keeps its settings under [tool.followup]; a .followup.toml may too
        # (the README's example pasted as is), or have them at the top level.
        tool = data.get("tool", {})
        if path.name != "pyproject.toml" and "followup" not in tool:
            raise ConfigError(
                f"{path}: field 'tool': expected a [tool.followup] table or the settings "
                "at the top level"
            )
        data = tool.get("followup", {})
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        problem = _unknown_key(exc) or describe_validation_error(exc)
        raise ConfigError(f"{path}: {problem}") from None
    settings.styles = [(path.parent / s).resolve() for s in settings.styles]
    settings.source = path
    return settings


def _unknown_key(exc: Any) -> str | None:
    """ "unknown key 'kind' (did you mean ...?); the keys are: ..." for a key no setting has,
    at the top level or in a [limits.KIND] table; None for any other error."""
    import difflib

    from followup.settings import KindLimits, Settings

    err = exc.errors()[0]
    loc = [str(part) for part in err["loc"]]
    if err["type"] != "extra_forbidden" or len(loc) not in (1, 3):
        return None
    model = Settings if len(loc) == 1 else KindLimits
    keys = [f.alias or name for name, f in model.model_fields.items() if name != "source"]
    close = difflib.get_close_matches(loc[-1], keys, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    where = "" if len(loc) == 1 else f" in [limits.{loc[1]}]"
    return f"unknown key '{loc[-1]}'{where}{hint}; the keys are: {', '.join(keys)}"


def discover_settings(start: Path | None = None, explicit: Path | None = None) -> Settings | None:
    """Settings from an explicit file or the nearest one upward; None when there is none."""
    if explicit is not None:
        if explicit.is_dir():
            raise ConfigError(
                f"{explicit}: is a folder; --config needs a .followup.toml or pyproject.toml file"
            )
        if str(explicit) == os.devnull:
            return None  # `--config /dev/null`: no config file, the defaults only
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        return load_settings(explicit)
    found = find_config((start or Path.cwd()).resolve())
    return load_settings(found) if found is not None else None


def data_home() -> Path:
    """$FOLLOWUP_HOME (model-call cache, validated-style cache), or the user data folder."""
    home = os.environ.get("FOLLOWUP_HOME")
    if home:
        path = Path(home)
        if path.exists() and not path.is_dir():
            raise ConfigError(
                f"FOLLOWUP_HOME={home}: is a file, not a folder; point it at a folder or unset it"
            )
        return path
    from platformdirs import user_data_dir

    return Path(user_data_dir("followup"))


def history_path() -> Path:
    """Where the sent history file lives (here, not in history.py, so that a command can
    see there is none without importing sqlite3 and the history store)."""
    return data_home() / "history.sqlite"


def cache_dir() -> Path | None:
    """Where parsed and validated data is cached (validated styles, parsed front matter):
    $FOLLOWUP_HOME/cache or the user cache folder; None when FOLLOWUP_NO_CACHE is set."""
    if os.environ.get("FOLLOWUP_NO_CACHE"):
        return None
    if os.environ.get("FOLLOWUP_HOME"):
        return data_home() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("followup"))
