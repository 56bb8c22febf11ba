"""A loopback proxy in front of llama-cpp-python's OpenAI-compatible server that turns message
content given as a list of text blocks into one string.

litellm's proxy translates an Anthropic Messages request (with `system` blocks) into chat
messages whose content is a list of {"type": "text"} parts; llama-cpp-python's server accepts
only a string there and answers HTTP 500. This proxy joins the parts, forwards everything else
unchanged, and listens on 127.0.0.1 only. Used by scripts/serve_anthropic.sh.

    python scripts/flatten_proxy.py --port 8766 --upstream http://127.0.0.1:8765
"""

from __future__ import annotations

import argparse
import http.client
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "te", "trailer",
        "upgrade", "proxy-connection", "host"}


def flatten(body: dict[str, Any]) -> dict[str, Any]:
    """Each message's list of text parts joined into one string; other content unchanged."""
    for message in body.get("messages") or []:
        content = message.get("content")
        if isinstance(content, list) and all(isinstance(p, dict) and p.get("type") == "text"
                                             for p in content):
            message["content"] = "\n\n".join(str(p.get("text", "")) for p in content)
    return body


def handler(upstream: str) -> type[BaseHTTPRequestHandler]:
    target = urlsplit(upstream)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _forward(self, body: bytes | None) -> None:
            conn = http.client.HTTPConnection(target.hostname, target.port, timeout=600)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
            if body is not None:
                headers["Content-Length"] = str(len(body))
            conn.request(self.command, self.path, body=body, headers=headers)
            reply = conn.getresponse()
            data = reply.read()
            self.send_response(reply.status)
            for k, v in reply.getheaders():
                if k.lower() not in _HOP:
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            conn.close()

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._forward(None)

        def do_POST(self) -> None:  # noqa: N802
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                raw = json.dumps(flatten(json.loads(raw))).encode()
            except (ValueError, AttributeError):
                pass  # not JSON: forwarded as it came
            self._forward(raw)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--upstream", default="http://127.0.0.1:8765")
    args = parser.parse_args()
    ThreadingHTTPServer(("127.0.0.1", args.port), handler(args.upstream)).serve_forever()


if __name__ == "__main__":
    main()
