"""The HTTP transport under the openai client: a deadline for the whole reply, and a check
that a successful reply is JSON.

httpx's timeouts apply to each network operation, so a server that trickles a byte every
fraction of a second never times out; and the openai client hands a 200 reply that is not
JSON (a captive portal, a proxy's error page, a body cut off mid-way) to LangChain, which
fails with a traceback far from the cause. This wraps httpx2's own transport (the HTTP
library openai uses, and the transport vcrpy patches for cassettes) instead of replacing it.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx2


class ReplyNotJSON(Exception):
    """A 2xx reply whose body is not the JSON an OpenAI-compatible server sends."""

    def __init__(self, url: str, status: int, content_type: str, body: bytes, problem: str):
        self.url = url
        self.status = status
        self.content_type = content_type
        self.body = body
        self.problem = problem
        super().__init__(f"{url} answered HTTP {status} with {problem}")


def _snippet(body: bytes, limit: int = 60) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text if len(text) <= limit else text[:limit] + "..."


def check_json(url: str, status: int, content_type: str, body: bytes) -> None:
    """Raise ReplyNotJSON unless `body` is a JSON document served as JSON."""
    if "json" not in content_type.lower():
        kind = content_type.split(";")[0].strip() or "no content type"
        problem = f"{kind}, not JSON: {_snippet(body)!r}"
        raise ReplyNotJSON(url, status, content_type, body, problem)
    try:
        json.loads(body)
    except ValueError as exc:
        where = f" ({exc.msg}: byte {exc.pos})" if isinstance(exc, json.JSONDecodeError) else ""
        problem = f"JSON that is cut off or malformed after {len(body)} bytes{where}"
        raise ReplyNotJSON(url, status, content_type, body, problem) from None


class CheckedTransport(httpx2.BaseTransport):
    """httpx2's HTTP transport, with a whole-reply deadline and the JSON check on 2xx."""

    def __init__(self, deadline: float, inner: httpx2.BaseTransport | None = None) -> None:
        self.deadline = deadline
        self.inner = inner or httpx2.HTTPTransport()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send the request; read the whole reply before `deadline` seconds have passed."""
        started = time.monotonic()
        response = self.inner.handle_request(request)
        chunks: list[bytes] = []
        try:
            for chunk in response.stream:  # type: ignore[union-attr]
                chunks.append(chunk)
                if time.monotonic() - started > self.deadline:
                    raise httpx2.ReadTimeout(
                        f"no complete reply within {self.deadline:g} s", request=request
                    )
        finally:
            response.close()
        checked = httpx2.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx2.ByteStream(b"".join(chunks)),
            request=request,
            extensions=response.extensions,
        )
        if 200 <= checked.status_code < 300:
            body = checked.read()
            check_json(
                str(request.url), checked.status_code, checked.headers.get("content-type", ""), body
            )
        return checked

    def close(self) -> None:
        """Close the wrapped transport."""
        self.inner.close()


def checked_client(timeout: float, **kwargs: Any) -> httpx2.Client:
    """The openai client's default HTTP client, on a CheckedTransport."""
    import openai

    client: httpx2.Client = openai.DefaultHttpxClient(
        transport=CheckedTransport(deadline=timeout), **kwargs
    )
    return client
