"""`drafter serve` on a real socket for tests: a uvicorn server in a thread, and headless
Chromium (Debian's chromium + chromium-driver) driven by Selenium."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from drafter.web.app import build_app

TOKEN = "socket-token"
# CI sets this so that a missing browser fails the run instead of skipping its tests
REQUIRED_ENV = "DRAFTER_BROWSER_TESTS"


class RunningServer:
    """`with RunningServer() as port:` serves the app on 127.0.0.1:port until the block ends."""

    def __enter__(self) -> int:
        import uvicorn

        from drafter.web.server import bind

        self.sock = bind(0)
        port = self.sock.getsockname()[1]
        config = uvicorn.Config(build_app(port=port, token=TOKEN), log_level="warning",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return port

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(5)
        self.sock.close()


def browser_missing() -> str | None:
    """Why headless Chromium cannot run here, or None."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    for tool in ("chromium", "chromedriver"):
        if not shutil.which(tool):
            return (f"{tool} is not installed (apt-get install chromium chromium-driver; "
                    f"set {REQUIRED_ENV}=required to make this a failure)")
    return None


def start_chromium(width: int = 1280, height: int = 900, downloads: Path | None = None):
    """Headless Chromium with nothing that reaches the network on its own."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="drafter-chromium-")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--hide-scrollbars", "--lang=en-US",
                f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(arg)
    if downloads is not None:
        options.add_experimental_option("prefs", {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver",
                      env={**os.environ, "SE_AVOID_STATS": "true"})
    driver = webdriver.Chrome(service=service, options=options)
    driver.profile_dir = profile
    if downloads is not None:
        driver.execute_cdp_cmd("Page.setDownloadBehavior",
                               {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def stop_chromium(driver) -> None:
    try:
        driver.quit()
    finally:
        shutil.rmtree(driver.profile_dir, ignore_errors=True)


def slow_model(cancelled: threading.Event, steps: tuple[str, ...]):
    """A stand-in for the model chain: it reports `steps`, then waits as a slow model would
    until the request is cancelled, and sets `cancelled` when it is."""
    import asyncio

    async def draft(ctx, opts):
        for step in steps:
            opts.progress(step)
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    return draft


def wait_for_file(path: Path, seconds: float = 10) -> Path:
    """`path` once it exists (a download), or after `seconds`, whichever comes first."""
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return path
