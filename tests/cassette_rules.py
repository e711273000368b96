"""How integration cassettes are recorded and matched, so they cannot go stale unnoticed.

Requests match on the body too (the prompt, the schema, the sampling settings), compared as
JSON, so a change to a prompt or to the Brief schema fails the replay with a message that
says to re-record. Recording keeps no noise: request headers other than the content type
are dropped (user agent and library versions), and in replies the ids, timestamps and
server fingerprints are replaced by fixed values, so a re-recording from a deterministic
server (temperature 0, a fixed seed) changes only what really changed.
"""

from __future__ import annotations

import json
from typing import Any

STALE = (
    "the request differs from the recorded one (a prompt, the reply schema or the model "
    "settings changed since the cassette was recorded): run `make cassettes`"
)
KEEP_HEADERS = {"content-type"}


def _json(body: Any) -> Any:
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    try:
        return json.loads(body) if body else None
    except ValueError:
        return body


def body_matcher(recorded: Any, live: Any) -> None:
    """vcrpy matcher: the JSON bodies are equal, or AssertionError says what to do."""
    if _json(recorded.body) != _json(live.body):
        raise AssertionError(STALE)


def clean_request(request: Any) -> Any:
    """Drop every request header but the content type."""
    for name in list(request.headers):
        if name.lower() not in KEEP_HEADERS:
            del request.headers[name]
    return request


def _fixed(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == "id" and isinstance(item, str):
                out[key] = "recorded-" + key
            elif key == "created" and isinstance(item, int):
                out[key] = 0
            elif key in ("system_fingerprint", "timings"):
                continue
            else:
                out[key] = _fixed(item)
        return out
    if isinstance(value, list):
        return [_fixed(v) for v in value]
    return value


def clean_response(response: dict[str, Any]) -> dict[str, Any]:
    """Fixed ids and timestamps in the body; only the content-type header kept."""
    response["headers"] = {
        k: v for k, v in response["headers"].items() if k.lower() in KEEP_HEADERS
    }
    body = response.get("body", {}).get("string")
    data = _json(body)
    if isinstance(data, dict | list):
        text = json.dumps(_fixed(data), sort_keys=True)
        response["body"]["string"] = text.encode() if isinstance(body, bytes) else text
    return response


VCR_CONFIG: dict[str, object] = {
    "filter_headers": ["authorization", "x-api-key", "openai-organization"],
    "match_on": ["method", "scheme", "host", "port", "path", "query", "json_body"],
    "decode_compressed_response": True,
    "before_record_request": clean_request,
    "before_record_response": clean_response,
}


def register(vcr: Any) -> None:
    """Add the body matcher to a vcr.VCR."""
    vcr.register_matcher("json_body", body_matcher)
