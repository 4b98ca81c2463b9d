"""The claim ledger in a real browser: headless Chromium (Playwright) against uvicorn.

Opens the founding article's main claim, checks its status badge and one row per source, follows
a source to the exact attribution in its article, and reads the page at 390 px. Skipped without
the ``playwright`` package, a Chromium binary or the shared story samples; never run
``playwright install`` (these tests use the system Chromium, $CLAIMGRAPH_CHROMIUM).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
CHROMIUM = os.environ.get("CLAIMGRAPH_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)

from claimgraph.interfaces.web import create_app  # noqa: E402
from claimgraph.interfaces.web.background import CHROMIUM_ARGS, serving  # noqa: E402
from claimgraph.link.ledger import Ledger  # noqa: E402

Page = sync_api.Page
expect = sync_api.expect


@pytest.fixture(scope="module")
def base_url(story_url: str) -> Iterator[str]:
    with serving(create_app(story_url)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=list(CHROMIUM_ARGS)
        )
        yield browser
        browser.close()


def _page(browser: sync_api.Browser, width: int, foreign: list[str], origin: str) -> Page:
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.set_default_timeout(10_000)
    page.on("request", lambda r: None if r.url.startswith(origin) else foreign.append(r.url))
    return page


def test_browser_ledger_badge_rows_and_click_through_to_article(
    browser: sync_api.Browser, base_url: str, main_ledger: Ledger
) -> None:
    foreign: list[str] = []
    page = _page(browser, 1280, foreign, base_url)
    page.goto(f"{base_url}/claims/{main_ledger.cluster_id}")
    expect(page.locator(".claim-status .status")).to_have_text("disputed")
    rows = page.locator("table.ledger tbody tr")
    expect(rows).to_have_count(len(main_ledger.entries))
    expect(rows.filter(has_text="Antony Blinken").locator(".badge").first).to_have_text("doubt")
    dutch = rows.filter(has_text="Poetin te vermoorden")
    expect(dutch.locator(".badge")).to_have_text("assert")
    dutch.locator("a.sentence").click()
    expect(page).to_have_url(re.compile(r"/articles/[^/#]+#att-a\d+$"))
    attribution = page.url.rsplit("#att-", 1)[1]
    target = page.locator(".anchor:target + mark")
    expect(target).to_have_attribute("data-att", re.compile(rf"(^| ){attribution}( |$)"))
    expect(page.locator(f"mark[data-att~='{attribution}']").last).to_be_in_viewport()
    expect(page.locator(".article-text")).to_contain_text("Poetin te vermoorden")
    expect(page.locator("a.linked").first).to_contain_text(re.compile(r"\d+ sources?\b"))
    assert foreign == []
    page.context.close()


def test_browser_ledger_fits_a_phone(
    browser: sync_api.Browser, base_url: str, main_ledger: Ledger
) -> None:
    foreign: list[str] = []
    page = _page(browser, 390, foreign, base_url)
    page.goto(f"{base_url}/claims/{main_ledger.cluster_id}")
    expect(page.locator("h1")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    font = page.evaluate("getComputedStyle(document.querySelector('table.ledger td')).fontSize")
    assert float(font.removesuffix("px")) >= 14
    page.goto(f"{base_url}/events")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert foreign == []
    page.context.close()
