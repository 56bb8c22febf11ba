"""Screenshots of `drafter serve` for docs/: the main views at desktop and phone width.

    PYTHONPATH=src python scripts/serve_screenshots.py     # needs chromium + chromium-driver

Headless Chromium (Debian's packages) loads the page from a server on 127.0.0.1; nothing
else is contacted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402
from serve_support import RunningServer, start_chromium, stop_chromium  # noqa: E402

DOCS = ROOT / "docs"
LARKSPUR = (ROOT / "examples" / "notes" / "larkspur.txt").read_text(encoding="utf-8")
PANEL = (ROOT / "examples" / "notes" / "panel-3.txt").read_text(encoding="utf-8")
REVIEW = ("Subject: Checking in\n\nHey Priya,\n\nI haven't heard back since our call and I'm "
          "getting worried. Still waiting on a decision, can you let me know by Friday? "
          "Thx :)\n\nJordan")


def until(driver, test, timeout: float = 20):
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(test)


def load(driver, url: str, view: str, notes: str, today: str) -> None:
    driver.get(f"{url}?load={time.monotonic_ns()}#{view}")
    until(driver, lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    driver.execute_script(
        "const n = document.getElementById('notes'); n.value = arguments[0];"
        "n.dispatchEvent(new Event('input', {bubbles: true}));"
        "document.getElementById('today').value = arguments[1];", notes, today)


def press(driver, element_id: str) -> None:
    element = driver.find_element("id", element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def shot(driver, name: str) -> None:
    driver.execute_script("window.scrollTo(0, 0)")
    path = DOCS / name
    driver.save_screenshot(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def draft_with_finding(driver, url: str, tap: bool = False) -> None:
    load(driver, url, "draft", LARKSPUR, "2026-11-18")
    press(driver, "draft-go")
    until(driver, lambda d: d.find_element("id", "draft-status").text)
    area = driver.find_element("css selector", "#draft-editor textarea")
    driver.execute_script(
        "const a = arguments[0]; const at = a.value.indexOf('Dear Priya,') + 13;"
        "a.focus(); a.setSelectionRange(at, at);", area)
    area.send_keys("I haven't heard back since we spoke. ")
    mark = until(driver, lambda d: d.find_element("css selector", "#draft-editor mark"))
    until(driver, lambda d: "fails" in d.find_element("id", "draft-status").text)
    driver.execute_script("window.scrollTo(0, 0)")
    if tap:  # a phone has no hover: a tap on the mark shows the message
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
        mark.click()
    else:
        ActionChains(driver).move_to_element(mark).perform()
    until(driver, lambda d: d.find_element("id", "pop").is_displayed())


def main() -> int:
    with RunningServer() as port:
        url = f"http://127.0.0.1:{port}/"
        driver = start_chromium(1280, 1180)
        try:
            draft_with_finding(driver, url)
            driver.save_screenshot(str(DOCS / "serve-draft.png"))
            print("wrote docs/serve-draft.png")
            load(driver, url, "review", LARKSPUR, "2026-12-03")
            driver.find_element("css selector", "#review-editor textarea").send_keys(REVIEW)
            until(driver, lambda d: "fails" in d.find_element("id", "review-status").text)
            shot(driver, "serve-review.png")
            load(driver, url, "panel", PANEL, "2025-12-09")
            press(driver, "panel-go")
            until(driver, lambda d: len(d.find_elements("css selector", "#panel-tabs button")) == 3)
            driver.find_elements("css selector", "#panel-tabs button")[1].click()
            shot(driver, "serve-panel.png")
            load(driver, url, "plan", LARKSPUR, "2026-11-19")
            press(driver, "plan-go")
            until(driver, lambda d: d.find_element("css selector", "table.plan"))
            shot(driver, "serve-plan.png")
        finally:
            stop_chromium(driver)
        phone = start_chromium(500, 1400)
        try:
            # a phone's viewport (390 CSS pixels wide), as the browser's device mode sets it
            phone.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": 390, "height": 1200, "deviceScaleFactor": 1, "mobile": True})
            draft_with_finding(phone, url, tap=True)
            phone.execute_script("window.scrollTo(0, 0)")
            phone.save_screenshot(str(DOCS / "serve-phone.png"))
            print("wrote docs/serve-phone.png")
        finally:
            stop_chromium(phone)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
