"""The pages in a real browser: headless Chromium (Playwright) against uvicorn on a free port.

Skipped when the ``playwright`` package or a Chromium binary is missing. Never run
``playwright install``: these tests use the system Chromium ($CLAIMGRAPH_CHROMIUM, default
/usr/bin/chromium).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
CHROMIUM = os.environ.get("CLAIMGRAPH_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)

from claimgraph.ingest.readers import iter_documents  # noqa: E402
from claimgraph.interfaces.web import create_app  # noqa: E402
from claimgraph.interfaces.web.background import CHROMIUM_ARGS, serving  # noqa: E402
from claimgraph.pipeline import annotate_many  # noqa: E402
from claimgraph.store import open_store  # noqa: E402

Browser = sync_api.Browser
Page = sync_api.Page
expect = sync_api.expect

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "examples" / "kremlin-drone-nl-2023-05.txt"
WIKINEWS = ROOT / "examples" / "wikinews-2020.jsonl"
TOKEN = "browser-write-token"
DENIAL = "We vallen Poetin of Moskou niet aan"
XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A writable server over its own store of the founding article and Wikinews examples."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'claims.db'}"
    with open_store(url) as store:
        store.save_documents(annotate_many(iter_documents([FOUNDING, WIKINEWS])))
    with serving(create_app(url, write_token=TOKEN)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=list(CHROMIUM_ARGS)
        )
        yield browser
        browser.close()


@dataclass
class Seen:
    """What a page did besides rendering: dialogs, console errors, requests to other origins."""

    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)


@pytest.fixture
def seen() -> Seen:
    return Seen()


@pytest.fixture
def page(browser: Browser, base_url: str, seen: Seen) -> Iterator[Page]:
    """A fresh page in its own context, watched by ``seen``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    origin = urlsplit(base_url).netloc

    def on_dialog(dialog: sync_api.Dialog) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(message: sync_api.ConsoleMessage) -> None:
        if message.type == "error":
            seen.console_errors.append(message.text)

    def on_request(request: sync_api.Request) -> None:
        if urlsplit(request.url).netloc != origin:
            seen.foreign_requests.append(request.url)

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("request", on_request)
    yield page
    context.close()


def _iran_paragraphs(count: int = 4) -> str:
    """The first paragraphs of the Iran Wikinews example (a text the store does not hold)."""
    iran = json.loads(WIKINEWS.read_text(encoding="utf-8").splitlines()[0])
    return "\n\n".join(iran["text"].split("\n\n\n")[:count])


def test_browser_home_lists_articles_and_speakers(page: Page, base_url: str, seen: Seen):
    page.goto(base_url + "/")
    expect(page).to_have_title(re.compile("claimgraph"))
    expect(page.locator("h1")).to_have_text("Who claims what in the news")
    expect(page.locator("#h-articles + ul > li")).to_have_count(4)
    expect(page.locator("#h-speakers + ul")).to_contain_text("Volodymyr Zelensky")
    assert seen.foreign_requests == [] and seen.console_errors == []


def test_browser_search_finds_zelensky(page: Page, base_url: str):
    page.goto(base_url + "/")
    page.fill("#site-q", "Zelensky")
    page.press("#site-q", "Enter")
    expect(page).to_have_url(re.compile(r"\?q=Zelensky$"))
    expect(page.locator("h1")).to_have_text("Results for “Zelensky”")
    expect(page.locator("#h-speakers + ul")).to_contain_text("Volodymyr Zelensky")
    claims = page.locator("#h-claims + ul > li")
    expect(claims.filter(has_text=DENIAL)).to_have_count(1)
    expect(claims.filter(has_text=DENIAL).locator(".badge")).to_have_text("deny")


def test_browser_article_highlights_denials_and_lists_attributions(page: Page, base_url: str):
    page.goto(base_url + "/")
    page.get_by_role("link", name=re.compile("^Juist op het moment")).click()
    expect(page.locator("h1")).to_contain_text("Juist op het moment")
    denial = page.locator("mark.role-content.stance-deny", has_text=DENIAL)
    expect(denial).to_have_count(1)
    deny_colour = denial.evaluate("el => getComputedStyle(el).backgroundColor")
    assert_colour = page.locator("mark.role-content.stance-assert").first.evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    legend_deny = page.locator(".legend .swatch.stance-deny").evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    assert deny_colour == legend_deny != assert_colour
    assert deny_colour not in ("rgba(0, 0, 0, 0)", "transparent")
    rows = page.locator("ol.attributions > li.attribution")
    expect(rows).to_have_count(13)
    zelensky = rows.filter(has_text=DENIAL)
    expect(zelensky.locator("a.speaker")).to_have_text("Volodymyr Zelensky")
    expect(zelensky.locator(".badge")).to_have_text("deny")
    expect(zelensky.locator(".cue")).to_have_text("zei")
    zelensky.locator("a.jump").click()
    anchor = urlsplit(page.url).fragment
    assert anchor.startswith("att-") and page.locator(f"#{anchor}").count() == 1


def test_browser_speaker_link_opens_the_speaker_page(page: Page, base_url: str):
    page.goto(base_url + "/")
    page.get_by_role("link", name=re.compile("^Juist op het moment")).click()
    row = page.locator("li.attribution", has_text=DENIAL)
    row.locator("a.speaker").click()
    expect(page).to_have_url(base_url + "/speakers/" + quote("Volodymyr Zelensky"))
    expect(page.locator("h1")).to_have_text("Volodymyr Zelensky")
    expect(page.locator("#st-deny + ul")).to_contain_text(DENIAL)
    # the timeline: one bar per (date, stance), with a deny bar for May 2023
    expect(page.locator("figure.timeline svg rect.bar.stance-deny")).to_have_count(1)
    expect(page.locator("figure.timeline svg rect.bar.stance-deny title")).to_have_text(
        "2023-05: 2 deny"
    )


def test_browser_keyboard_reaches_and_follows_a_link(page: Page, base_url: str):
    page.goto(base_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Speakers":
            break
    else:
        pytest.fail("Tab never reached the Speakers link")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focus is visible
    page.keyboard.press("Enter")
    expect(page).to_have_url(base_url + "/speakers")
    expect(page.locator("h1")).to_have_text("Speakers")


def test_browser_pasted_article_with_token_is_stored_and_shown(page: Page, base_url: str):
    page.goto(base_url + "/analyze")
    page.fill("#f-text", _iran_paragraphs())
    page.fill("input[name=title]", "Iran and the downed jet (excerpt)")
    page.fill("input[name=token]", TOKEN)
    page.click("form.analyze button[type=submit]")
    expect(page.locator("p.notice[role=status]")).to_contain_text("Stored.")
    rows = page.locator("li.attribution")
    denial = rows.filter(has_text="the accusation")
    expect(denial.locator("a.speaker")).to_have_text("Iran")
    expect(denial.locator(".badge")).to_have_text("deny")
    expect(rows.filter(has_text="Hassan Rouhani").locator(".badge")).to_have_text("assert")
    page.get_by_role("link", name="Open the article page").click()
    expect(page.locator("h1")).to_have_text("Iran and the downed jet (excerpt)")
    expect(page.locator("li.attribution")).to_have_count(rows.count())


def test_browser_pasted_article_without_token_is_not_stored(page: Page, base_url: str):
    page.goto(base_url + "/analyze")
    page.fill("#f-text", _iran_paragraphs(2))
    page.click("form.analyze button[type=submit]")
    expect(page.locator("p.notice[role=status]")).to_contain_text("write token was missing")
    expect(page.locator("li.attribution", has_text="Hassan Rouhani")).to_have_count(1)


def _assert_inert(page: Page) -> None:
    """The payload is shown as text, and no element of it made it into the page."""
    expect(page.locator(".article-text")).to_contain_text(XSS)
    assert page.locator("main script, main img").count() == 0


def test_browser_script_in_pasted_article_stays_inert(page: Page, base_url: str, seen: Seen):
    text = f'Minister Jansen said: "{XSS}" on Tuesday. She denied that {XSS} was hers.'
    page.goto(base_url + "/analyze")
    page.fill("#f-text", text)
    page.fill("input[name=title]", XSS)
    page.fill("input[name=token]", TOKEN)
    page.click("form.analyze button[type=submit]")
    expect(page.locator("p.notice[role=status]")).to_contain_text("Stored.")
    _assert_inert(page)
    expect(page.locator("li.attribution").first).to_contain_text("Jansen")
    page.get_by_role("link", name="Open the article page").click()
    expect(page.locator("h1")).to_have_text(XSS)
    _assert_inert(page)
    page.goto(base_url + "/?q=Jansen")
    expect(page.locator("#h-articles + ul")).to_contain_text(XSS)
    assert page.locator("main script, main img").count() == 0
    assert seen.dialogs == []


@pytest.mark.parametrize(
    "path",
    ["/", "/articles", "/speakers", "/claims", "/analyze", "/speakers/Volodymyr%20Zelensky"],
)
def test_browser_narrow_viewport_has_no_horizontal_scroll(page: Page, base_url: str, path: str):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{path} is {width}px wide at a 390px viewport"


def test_browser_narrow_article_page_has_no_horizontal_scroll(page: Page, base_url: str):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "/")
    page.get_by_role("link", name=re.compile("^Juist op het moment")).click()
    expect(page.locator("li.attribution")).to_have_count(13)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
