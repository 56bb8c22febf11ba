"""`drafter serve` in a real browser: headless Chromium (Debian's chromium + chromium-driver)
driven by Selenium against the page served on 127.0.0.1.

Skipped, with the reason, where Chromium or chromedriver is missing; .ci/run installs them and
sets DRAFTER_BROWSER_TESTS=required, which turns that skip into a failure.
"""

from __future__ import annotations

import email
import os
import time
import zipfile
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from serve_support import (
    REQUIRED_ENV,
    RunningServer,
    browser_missing,
    slow_model,
    start_chromium,
    stop_chromium,
    wait_for_file,
)

ROOT = Path(__file__).resolve().parent.parent
LARKSPUR = (ROOT / "examples" / "notes" / "larkspur.txt").read_text(encoding="utf-8")
PANEL = (ROOT / "examples" / "notes" / "panel-3.txt").read_text(encoding="utf-8")

_missing = browser_missing()
if _missing and os.environ.get(REQUIRED_ENV) == "required":
    pytest.fail(f"{REQUIRED_ENV}=required but {_missing}", pytrace=False)
pytestmark = pytest.mark.skipif(_missing is not None, reason=f"no browser: {_missing}")


@pytest.fixture(autouse=True)
def _no_config(tmp_path_factory: pytest.TempPathFactory,
               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path_factory.getbasetemp() / "none.toml"))
    monkeypatch.delenv("DRAFTER_MODEL", raising=False)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def site(downloads: Path) -> Iterator[tuple[object, str]]:
    """One server and one browser for the module (starting Chromium takes a second or two)."""
    with RunningServer() as port:
        driver = start_chromium(downloads=downloads)
        try:
            yield driver, f"http://127.0.0.1:{port}/"
        finally:
            stop_chromium(driver)


def wait(driver, test, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(test)


def open_page(driver, url: str, view: str, notes: str, today: str) -> None:
    driver.get(f"{url}?load={time.monotonic_ns()}#{view}")  # a fresh page each time
    wait(driver, lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    # a paste: the whole text lands at once, then one input event
    driver.execute_script(
        "const n = document.getElementById('notes'); n.value = arguments[0];"
        "n.dispatchEvent(new Event('input', {bubbles: true}));"
        "document.getElementById('today').value = arguments[1];", notes, today)


def by_id(driver, name: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, name)


def click(driver, element) -> None:
    """A real click, with the element in mid-screen (not under the sticky header)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def draft_larkspur(driver, url: str) -> None:
    open_page(driver, url, "draft", LARKSPUR, "2026-11-18")
    click(driver, by_id(driver, "draft-go"))
    wait(driver, lambda d: by_id(d, "draft-status").text)


def test_readme_notes_give_a_passing_draft_with_the_fields_filled(site) -> None:
    driver, url = site
    draft_larkspur(driver, url)
    status = by_id(driver, "draft-status").text
    assert "no problems found" in status and "score 100/100" in status
    assert "/200 words" in status
    form = by_id(driver, "fields")

    def field(name: str) -> str:
        return form.find_element("name", name).get_attribute("value")

    assert field("to") == "Priya Shah"
    assert field("company") == "Larkspur Analytics"
    assert field("role") == "Senior Data Engineer"
    assert field("sign_as") == "Jordan Rivera"
    assert field("decision_date") == "2026-12-02"
    assert "Kafka" in field("topics")
    source = form.find_element("css selector", "[data-field=company]").get_attribute("title")
    assert source.startswith("line 1:")
    text = driver.find_element("css selector", "#draft-editor textarea").get_attribute("value")
    assert text.startswith("Subject: ") and "Dear Priya," in text
    mailto = by_id(driver, "draft-mailto").get_attribute("href")
    assert mailto.startswith("mailto:?subject=Thank%20you") and "Dear%20Priya" in mailto


def test_typing_a_reproach_is_highlighted_with_its_message(site) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    driver, url = site
    draft_larkspur(driver, url)
    area = driver.find_element("css selector", "#draft-editor textarea")
    # the caret after "Dear Priya," and its blank line, then real keystrokes
    driver.execute_script(
        "const a = arguments[0]; const at = a.value.indexOf('Dear Priya,') + 13;"
        "a.focus(); a.setSelectionRange(at, at);", area)
    area.send_keys("I haven't heard back since we spoke. ")
    mark = wait(driver, lambda d: d.find_element(
        "css selector", "#draft-editor mark.sev-error"), timeout=10)
    assert "haven't heard back" in mark.text or "haven" in driver.execute_script(
        "return arguments[0].textContent", mark)
    assert "accusatory" in mark.get_attribute("data-category")
    wait(driver, lambda d: "fails: 1 error" in by_id(d, "draft-status").text)
    ActionChains(driver).move_to_element(mark).perform()
    pop = wait(driver, lambda d: by_id(d, "pop") if by_id(d, "pop").is_displayed() else None)
    assert "error · accusatory" in pop.text
    assert "Try:" in pop.text  # the suggestion
    colour = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", mark)
    assert colour.startswith("rgba(229, 57, 53")  # the error colour
    click(driver, mark)  # a tap (no hover on a phone): the message stays, the words selected
    assert by_id(driver, "pop").is_displayed()
    selected = driver.execute_script(
        "const a = arguments[0]; return a.value.slice(a.selectionStart, a.selectionEnd)", area)
    assert "haven't heard back" in selected


def test_a_missing_recipient_is_asked_with_choices(site) -> None:
    driver, url = site
    open_page(driver, url, "draft", PANEL, "2025-12-09")
    click(driver, by_id(driver, "draft-go"))
    error = wait(driver, lambda d: by_id(d, "draft-error") if by_id(
        d, "draft-error").is_displayed() else None)
    # the page asks in its own words, not with the command line's flags
    assert "Who is this email to?" in error.text and "--to" not in error.text
    choice = next(b for b in error.find_elements("css selector", "button.choice")
                  if b.text == "Naomi Feld")
    click(driver, choice)
    wait(driver, lambda d: "Dear Naomi," in d.find_element(
        "css selector", "#draft-editor textarea").get_attribute("value"))
    assert by_id(driver, "fields").find_element("name", "to").get_attribute(
        "value") == "Naomi Feld"


def test_the_eml_download_parses(site, downloads: Path) -> None:
    driver, url = site
    draft_larkspur(driver, url)
    for old in downloads.glob("*"):
        old.unlink()
    click(driver, by_id(driver, "draft-eml"))
    target = wait_for_file(downloads / "priya-shah.eml")
    msg = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert msg["Subject"].startswith("Thank you")
    assert msg["X-Unsent"] == "1"
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert body.startswith("Dear Priya,") and "Jordan Rivera" in body


def test_panel_has_a_tab_per_interviewer_and_a_zip(site, downloads: Path) -> None:
    driver, url = site
    open_page(driver, url, "panel", PANEL, "2025-12-09")
    click(driver, by_id(driver, "panel-go"))
    wait(driver, lambda d: len(by_id(d, "panel-tabs").find_elements("css selector",
                                                                   "button")) == 3)
    tabs = by_id(driver, "panel-tabs").find_elements("css selector", "button")
    assert [t.text.strip("✓✗– ") for t in tabs] == ["Sam Ortiz", "Naomi Feld", "Kofi Mensah"]
    assert all(t.text.startswith("✓") for t in tabs)
    area = driver.find_element("css selector", "#panel-editor textarea")
    assert "Dear Sam," in area.get_attribute("value")
    click(driver, tabs[1])
    text = area.get_attribute("value")
    assert "Dear Naomi," in text and "Kofi" not in text and "Sam" not in text
    assert tabs[1].get_attribute("aria-selected") == "true"
    for old in downloads.glob("*"):
        old.unlink()
    click(driver, by_id(driver, "panel-zip"))
    target = wait_for_file(downloads / "panel-drafts.zip")
    assert zipfile.ZipFile(target).namelist() == ["sam-ortiz.eml", "naomi-feld.eml",
                                                  "kofi-mensah.eml"]


def test_review_and_plan_views(site) -> None:
    driver, url = site
    open_page(driver, url, "review", LARKSPUR, "2026-12-03")
    area = driver.find_element("css selector", "#review-editor textarea")
    area.send_keys("Subject: Checking in\n\nHey Priya,\n\nStill waiting to hear back lol.\n\n"
                   "Jordan")
    wait(driver, lambda d: "fails" in by_id(d, "review-status").text, timeout=10)
    rules = " ".join(m.get_attribute("data-category") for m in driver.find_elements(
        "css selector", "#review-editor mark"))
    assert "casual" in rules
    click(driver, by_id(driver, "tab-plan"))
    click(driver, by_id(driver, "plan-go"))
    table = wait(driver, lambda d: d.find_element("css selector", "table.plan"))
    assert "check-in" in table.text and "Priya Shah" in table.text
    assert by_id(driver, "plan-ics").is_enabled()


def test_a_model_draft_shows_progress_and_can_be_cancelled(
        site, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server runs in this process: a stand-in for the model chain reports its steps and
    then waits, as a slow model would, until the page's Cancel closes the request."""
    import threading

    from selenium.webdriver.support.ui import Select

    cancelled = threading.Event()

    monkeypatch.setenv("DRAFTER_MODEL", "openai/stand-in")
    monkeypatch.setattr("drafter.drafting.amake_draft",
                        slow_model(cancelled, ("read", "draft")))
    driver, url = site
    open_page(driver, url, "draft", LARKSPUR, "2026-11-18")
    Select(by_id(driver, "draft-engine")).select_by_value("model")
    click(driver, by_id(driver, "draft-go"))
    wait(driver, lambda d: by_id(d, "draft-progress-text").text == "drafting", timeout=10)
    click(driver, by_id(driver, "draft-cancel"))
    wait(driver, lambda d: "Cancelled" in by_id(d, "draft-error").text, timeout=10)
    assert not by_id(driver, "draft-progress").is_displayed()
    assert cancelled.wait(5)  # the model call itself was stopped, not just hidden


def test_a_failed_model_offers_the_offline_draft(site, monkeypatch: pytest.MonkeyPatch) -> None:
    from selenium.webdriver.support.ui import Select

    from drafter.errors import ModelError

    async def down(ctx, opts):
        raise ModelError("openai/stand-in: cannot reach the model server at "
                         "http://127.0.0.1:9/v1 (connection refused)")

    monkeypatch.setenv("DRAFTER_MODEL", "openai/stand-in")
    monkeypatch.setattr("drafter.drafting.amake_draft", down)
    driver, url = site
    open_page(driver, url, "draft", LARKSPUR, "2026-11-18")
    Select(by_id(driver, "draft-engine")).select_by_value("model")
    click(driver, by_id(driver, "draft-go"))
    error = wait(driver, lambda d: by_id(d, "draft-error") if by_id(
        d, "draft-error").is_displayed() else None)
    assert error.text.startswith("openai/stand-in: cannot reach the model server")
    offline = error.find_element("css selector", "button")
    assert offline.text == "Use the offline draft"
    click(driver, offline)
    wait(driver, lambda d: "no problems found" in by_id(d, "draft-status").text)
    click(driver, by_id(driver, "draft-copy"))
    wait(driver, lambda d: by_id(d, "draft-said").text == "Copied.")
