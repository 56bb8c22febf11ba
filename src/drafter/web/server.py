"""Start the page: bind 127.0.0.1 only, say where it is, optionally open the browser."""

from __future__ import annotations

import errno
import socket
import sys
import threading
import time
import webbrowser

from drafter.errors import UsageError

HOST = "127.0.0.1"  # loopback only: nothing else on the network can reach the page


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1:port, or a one-line error when it cannot be had."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
        sock.listen(64)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"port {port} on {HOST} is already in use (is drafter serve "
                             "already running?); choose another with --port") from None
        if exc.errno == errno.EACCES:
            raise UsageError(f"not allowed to use port {port}; choose one above 1023 with "
                             "--port") from None
        raise UsageError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(False)
    return sock


def make_server(sock: socket.socket):  # -> uvicorn.Server
    import uvicorn

    from drafter.web.app import build_app
    from drafter.web.security import new_token

    port = sock.getsockname()[1]
    app = build_app(port=port, token=new_token())
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False,
                            lifespan="off", timeout_graceful_shutdown=2)
    return uvicorn.Server(config)


def _open_when_up(server, url: str) -> None:
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if server.started:
        webbrowser.open(url)


def serve(port: int = 8000, open_browser: bool = False) -> int:
    sock = bind(port)
    server = make_server(sock)
    url = f"http://{HOST}:{sock.getsockname()[1]}/"
    print(f"drafter serve: {url}  (only this computer can reach it; Ctrl-C to stop)",
          file=sys.stderr, flush=True)
    if open_browser:
        threading.Thread(target=_open_when_up, args=(server, url), daemon=True).start()
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0
