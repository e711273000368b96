"""A fault-injection OpenAI-compatible server for tests: 127.0.0.1 only, bounded.

Each request to /v1/chat/completions gets the next fault from a script (the last one
repeats): a good tool-call reply, or one of the ways a server, proxy or network goes wrong.
The server records when each request arrived, so tests can check Retry-After is honoured.
Every wait is bounded (HANG_LIMIT), and `stop()` releases a hanging handler at once.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from followup.evaluation.batch import tool_call_completion

HANG_LIMIT = 10.0  # seconds a "hang" or "trickle" handler may live, at most


def completion_body(
    name: str, arguments: str, *, model: str = "fault", usage: dict[str, int] | None = None
) -> dict[str, Any]:
    """An OpenAI chat completion whose one tool call is `name(arguments)`."""
    return tool_call_completion(
        name,
        arguments,
        model=model,
        completion_id="chatcmpl-fault",
        call_id="call_1",
        usage=usage or {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    )


def completion(name: str, arguments: str) -> bytes:
    """A chat completion whose one tool call is `name(arguments)`, as the body bytes."""
    return json.dumps(completion_body(name, arguments)).encode()


GOOD_BODY = (
    "Hi Maria,\n\nThank you for meeting with me on Tuesday about the Product Analyst role at "
    "Northwind Analytics. I enjoyed our conversation about moving the weekly revenue review "
    "from spreadsheets to dashboards.\n\nBest regards,\nSam Rivera"
)
GOOD = completion("MessageText", json.dumps({"subject": "Thank you", "body": GOOD_BODY}))
HTML = b"<!DOCTYPE html><html><head><title>Sign in to the guest Wi-Fi</title></head></html>"


class FaultServer:
    """Serves a script of faults; use as `with fault_server("429", "ok") as server:`."""

    def __init__(self, script: list[str], retry_after: str = "1") -> None:
        self.script = list(script)
        self.retry_after = retry_after
        self.arrivals: list[float] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def next_fault(self) -> str:
        with self.lock:
            self.arrivals.append(time.monotonic())
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                server.serve_fault(self, server.next_fault())

        return Handler

    def serve_fault(self, h: BaseHTTPRequestHandler, fault: str) -> None:
        if fault == "ok":
            self._send(h, 200, GOOD)
        elif fault == "html":
            self._send(h, 200, HTML, "text/html; charset=utf-8")
        elif fault == "truncated":
            self._send(h, 200, GOOD[: len(GOOD) // 2])
        elif fault == "wrong-arguments":
            self._send(h, 200, completion("MessageText", json.dumps({"title": 5})))
        elif fault == "429":
            body = b'{"error": {"message": "slow down", "type": "rate_limit"}}'
            self._send(h, 429, body, headers={"Retry-After": self.retry_after})
        elif fault in ("500", "503"):
            self._send(h, int(fault), b'{"error": {"message": "upstream failed"}}')
        elif fault == "hang":
            self.stopping.wait(HANG_LIMIT)
        elif fault == "reset":  # RST instead of a reply
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.close_connection = True
        elif fault == "trickle":  # a byte at a time: no single read times out
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(GOOD)))
            h.end_headers()
            deadline = time.monotonic() + HANG_LIMIT
            for byte in GOOD:
                if self.stopping.wait(0.2) or time.monotonic() > deadline:
                    break
                try:
                    h.wfile.write(bytes([byte]))
                    h.wfile.flush()
                except OSError:
                    break
        else:
            raise ValueError(f"unknown fault {fault!r}")

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            h.send_header(key, value)
        h.end_headers()
        h.wfile.write(body)

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def fault_server(*script: str, retry_after: str = "1") -> Iterator[FaultServer]:
    """A running FaultServer for the duration of the block."""
    server = FaultServer(list(script), retry_after)
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop()
        thread.join(timeout=HANG_LIMIT)
