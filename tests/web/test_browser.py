"""The web app in a real browser (Chromium through Playwright) against a real uvicorn (conftest.py).

Each role logs in and lands where it should; a servicer records an advance and a payment through
the forms (the confirmation shows the Schedule A row, then Schedule A and the balance change); the
payoff letter PDF is downloaded and its total read back with pypdf; a borrower is refused another
borrower's note exactly as a missing one; a settlement runs from proposal to release and reversal;
an auditor verifies the book and reads a note as known on a past moment.  The tests write the
screenshots in docs/screenshots/ (fixed viewport, fixed clock and dates).

The figures asserted come from the book itself (the API's JSON of the same session), not typed in.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from web_site import FRESH, LOAN, OTHER, PASSWORD, ROOT, TO_SETTLE, Site

from cli_runner import invoke

SHOTS = ROOT / "docs" / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}
#: Where each role lands after logging in, and a heading it sees there.
LANDING = {
    "root": ("/portfolio", "Portfolio"),
    "svc": ("/portfolio", "Portfolio"),
    "hold": ("/portfolio", "Portfolio"),
    "aud": ("/portfolio", "Portfolio"),
    "borr": ("/portal", "Your notes"),
}


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, animations="disabled")


@pytest.fixture
def login(site: Site, browser: Any) -> Iterator[Any]:
    """``login(user)``: a fresh browser context logged in as ``user`` (its page)."""
    contexts = []

    def log_in(user: str) -> Any:
        context = browser.new_context(viewport=VIEWPORT, locale="en-US", timezone_id="UTC",
                                      accept_downloads=True, base_url=site.url)  # fmt: skip
        context.set_default_timeout(5000)
        contexts.append(context)
        page = context.new_page()
        page.goto("/login")
        page.get_by_label("User").fill(user)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_label("Password").press("Enter")  # the keyboard submits the form
        page.wait_for_load_state()
        return page

    yield log_in
    for context in contexts:
        context.close()


def money(text: str) -> Decimal:
    return Decimal(text.replace(",", "").strip())


def api(page: Any, path: str) -> Any:
    """The API's JSON for the same session (the page's cookies)."""
    response = page.request.get(path)
    assert response.ok, response.text()
    return response.json()


def pdf_text(download: Any) -> str:
    reader = PdfReader(io.BytesIO(open(download.path(), "rb").read()))  # noqa: SIM115
    return "\n".join(p.extract_text() for p in reader.pages)


def unlabelled_inputs(page: Any) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('input, select, textarea')]
        .filter(e => e.type !== 'hidden' && e.labels.length === 0).map(e => e.name)""")


def test_each_role_logs_in_and_sees_only_what_it_may(login: Any) -> None:
    for user, (path, heading) in LANDING.items():
        page = login(user)
        assert page.url.endswith(path), (user, page.url)
        assert page.get_by_role("heading", level=1).inner_text().startswith(heading)
        text = page.inner_text("main")
        assert LOAN in text
        assert (OTHER in text) == (user in ("root", "aud")), user  # another lender's note
        assert unlabelled_inputs(page) == []
        if path == "/portfolio":
            assert (
                page.eval_on_selector("#portfolio td.num", "e => getComputedStyle(e).textAlign")
                == "right"
            )
            shot(page, f"portfolio-{user}") if user == "svc" else None
        else:
            shot(page, "portal")
    page = login("svc")
    page.goto("/login")
    page.get_by_label("User").fill("svc")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    assert "wrong" in page.inner_text("#login-error").lower() or page.url.endswith("/login")


def _record(page: Any, kind: str, amount: str, day: str, note: str = FRESH) -> None:
    page.goto(f"/notes/{note}/record/{kind}")
    assert unlabelled_inputs(page) == []
    page.get_by_label("Amount").fill(amount)
    page.locator("#f-effective_date").fill(day)
    page.get_by_label("Memo").fill(f"{kind} from the browser test")
    page.get_by_label("Memo").press("Enter")
    page.wait_for_load_state()


def test_record_an_advance_and_a_payment(login: Any, site: Site) -> None:
    page = login("svc")
    book = {"PROMISSORY_BOOK": site.service.book.url}

    # a bad amount: the CLI's message (the value and the rule), nothing written
    _record(page, "advance", "1,5", "2024-06-03")
    message = page.inner_text("#form-errors").splitlines()[-1].strip()
    cli = invoke("advance", FRESH, "1,5", "--date", "2024-06-03", env=book)
    assert cli.returncode != 0 and "1,5" in message
    assert message in " ".join(cli.stderr.split())
    # a rule of the note (a term loan drawn in full): the facade's refusal, as the CLI prints it
    _record(page, "advance", "25,000.00", "2024-06-03", note=LOAN)
    refusal = page.inner_text("#form-errors").splitlines()[-1].strip()
    cli = invoke("advance", LOAN, "25000.00", "--date", "2024-06-03", env=book)
    assert cli.returncode != 0 and refusal in " ".join((cli.stdout + cli.stderr).split())

    balance = f"/api/notes/{FRESH}/balance?as_of=2024-09-01"
    assert Decimal(api(page, balance)["principal"]) == 0
    _record(page, "advance", "250,000.00", "2024-03-01")
    preview = page.inner_text("#preview-row")
    assert "advance" in preview and "250,000.00" in preview
    shot(page, "record-confirm")
    page.get_by_role("button", name="Record it").click()
    assert page.inner_text("#flash") == "recorded #1 advance on 2024-03-01"
    after_advance = api(page, balance)

    _record(page, "payment", "9,959.68", "2024-04-01")
    assert "payment" in page.inner_text("#preview-row")
    page.get_by_role("button", name="Record it").click()
    assert page.inner_text("#flash") == "recorded #2 payment on 2024-04-01"

    page.goto(f"/notes/{FRESH}?as_of=2024-09-01")
    rows = page.locator("#schedule-a tbody tr")
    assert rows.count() == 2
    assert "250,000.00" in rows.nth(0).inner_text() and "9,959.68" in rows.nth(1).inner_text()
    after_payment = api(page, balance)
    assert Decimal(after_advance["principal"]) == Decimal("250000.00")
    assert Decimal(after_payment["principal"]) < Decimal(after_advance["principal"])
    assert money(page.inner_text("#balance-total")) == Decimal(after_payment["total"])
    assert unlabelled_inputs(page) == []
    aligned = page.eval_on_selector_all(
        "main td.num", "cells => cells.map(c => getComputedStyle(c).textAlign)"
    )
    assert aligned and set(aligned) == {"right"}
    shot(page, "note")


def test_the_same_form_twice_records_once(login: Any) -> None:
    page = login("svc")
    _record(page, "payment", "100.00", "2024-06-20")
    page.get_by_role("button", name="Record it").click()
    first = page.inner_text("#flash")
    page.go_back()  # the confirmation again, with the same idempotency key
    page.get_by_role("button", name="Record it").click()
    assert "already recorded" in page.inner_text("#flash"), (first, page.inner_text("#flash"))


def test_payoff_letter_pdf_total_is_the_quote(login: Any) -> None:
    page = login("svc")
    page.goto(f"/notes/{LOAN}?as_of=2024-09-01&good_through=2024-09-05")
    quote = api(page, f"/api/notes/{LOAN}/payoff?as_of=2024-09-01&good_through=2024-09-05")
    shown = page.inner_text("#payoff-total")
    assert money(shown) == Decimal(quote["total"])
    with page.expect_download() as info:
        page.get_by_role("link", name="Payoff letter").click()
    text = pdf_text(info.value)
    assert f"${shown}" in text or shown in text


def test_a_borrower_is_refused_another_borrowers_note(login: Any) -> None:
    page = login("borr")
    owed = page.locator(".owed-today").first.inner_text()
    assert money(owed) == Decimal(api(page, f"/api/notes/{LOAN}/balance?as_of=2024-09-01")["total"])
    page.get_by_label("Payoff good through").fill("2024-09-05")
    page.get_by_role("button", name="Quote").click()
    quote = api(page, f"/api/notes/{LOAN}/payoff?as_of=2024-09-01&good_through=2024-09-05")
    assert money(page.locator(".payoff").first.inner_text()) == Decimal(quote["total"])
    response = page.goto(f"/notes/{OTHER}")
    assert response.status == 404
    assert f"no note '{OTHER}' in the book" in page.inner_text("main")
    missing = page.goto("/notes/NO-SUCH-NOTE")
    assert missing.status == 404  # the same answer as a note that is not in the book
    assert page.goto(f"/notes/{LOAN}/record/payment").status == 403
    assert page.goto("/audit").status == 403


def test_a_settlement_end_to_end(login: Any) -> None:
    page = login("svc")
    payoff = Decimal(api(page, f"/api/notes/{TO_SETTLE}/payoff?as_of=2024-09-01")["total"])
    page.goto(f"/notes/{TO_SETTLE}/settle")
    assert unlabelled_inputs(page) == []
    page.locator("#s-date").fill("2024-09-01")
    page.get_by_label("Cash").fill("500,000.00")
    page.get_by_role("button", name="Review").click()
    assert page.inner_text("#rec-status") == "shortfall"
    assert money(page.inner_text("#rec-difference")) == Decimal("500000.00") - payoff
    assert page.get_by_role("button", name="Accept settlement").count() == 0
    page.get_by_label("Amount forgiven").fill(str(payoff - Decimal("500000.00")))
    page.get_by_role("button", name="Review").click()
    assert page.inner_text("#rec-status") == "exact"
    shot(page, "settlement-review")
    page.get_by_role("button", name="Accept settlement").click()
    assert unquote(page.url).endswith(f"/settlements/{TO_SETTLE}@2024-09-01")
    assert api(page, f"/api/notes/{TO_SETTLE}/balance?as_of=2024-09-02")["status"] == "terminated"
    with page.expect_download() as info:
        page.locator("#release-letter").click()
    assert "release" in pdf_text(info.value).lower()
    page.get_by_label("Reason").fill("entered in error")
    page.get_by_role("button", name="Reverse on every note").click()
    assert "reversed" in page.inner_text("#flash")
    assert api(page, f"/api/notes/{TO_SETTLE}/balance?as_of=2024-09-02")["status"] != "terminated"


def test_an_auditor_verifies_and_reads_as_known_on(login: Any) -> None:
    page = login("aud")
    page.goto("/audit")
    assert page.inner_text("#verify-result").startswith("Every note verifies")
    shot(page, "audit")
    page.get_by_label("Note").select_option(LOAN)
    page.get_by_label("As known on", exact=True).last.fill("2024-09-01T10:00:00")
    page.get_by_role("button", name="Show the note").click()
    assert "As known on 2024-09-01 10:00:00 UTC" in page.inner_text(".known-on")
    assert page.locator("#schedule-a tbody tr").count() == 2  # the seed, before any web write
    assert page.locator("nav.actions").count() == 0  # nothing is recorded on a past moment
