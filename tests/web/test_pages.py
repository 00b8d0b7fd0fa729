"""The web app without a browser: forms read as the CLI reads its options, CSRF, the login redirect,
and the SVG charts (in-process, through Starlette's test client)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from web_site import FRESH, LOAN, OTHER, PASSWORD, TO_SETTLE, _book

from cli_runner import invoke
from promissory.api import create_app
from promissory.app import Promissory
from promissory.web import forms
from promissory.web.charts import Series, bar_chart, line_chart
from promissory.web.views import aging_bucket


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Promissory]:
    from argon2 import PasswordHasher

    import promissory.app.accounts as accounts

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(accounts, "password_hasher", PasswordHasher(time_cost=1, memory_cost=8,
                                                               parallelism=1))  # fmt: skip
        svc = _book(tmp_path_factory.mktemp("pages") / "book.db")
        yield svc
    svc.book.engine.dispose()


@pytest.fixture
def client(service: Promissory) -> TestClient:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return TestClient(create_app(service, secret="pages"))


def log_in(client: TestClient, user: str) -> str:
    """Log in; the session's CSRF token (from a form of the page)."""
    page = client.get("/login").text
    before = re.search(r'name="csrf" value="([^"]+)"', page)
    assert before is not None
    assert client.post("/login", data={"user": user, "password": PASSWORD}).status_code == 403
    r = client.post("/login", data={"user": user, "password": PASSWORD, "csrf": before.group(1)})
    assert r.status_code == 200, r.text
    found = re.search(r'name="csrf" value="([^"]+)"', r.text)
    assert found is not None and found.group(1) != before.group(1)  # a new token once logged in
    return found.group(1)


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False))
def test_an_amount_is_read_as_the_cli_reads_it(value: Decimal) -> None:
    fields, errors = forms.read_form(forms.KINDS["payment"],
                                     {"amount": f"{value:,}", "effective_date": "2024-05-01"},
                                     date(2024, 9, 1))  # fmt: skip
    assert errors == {}
    assert fields == {"kind": "payment", "amount": value, "effective_date": date(2024, 5, 1),
                      "memo": ""}  # fmt: skip


@pytest.mark.parametrize(("args", "form"), [
    (["pay", LOAN, "-5", "--date", "2024-05-01"], {"amount": "-5", "effective_date": "2024-05-01"}),
    (["pay", LOAN, "1e3", "--date", "2024-05-01"], {"amount": "1e3", "effective_date": "2024-05-01"}),
    (["pay", LOAN, "10", "--date", "2024-13-01"], {"amount": "10", "effective_date": "2024-13-01"}),
    (["pay", LOAN, "10", "--date", "1200-01-01"], {"amount": "10", "effective_date": "1200-01-01"}),
])  # fmt: skip
def test_a_bad_value_gets_the_cli_message(args: list[str], form: dict[str, str],
                                          tmp_path: Path) -> None:  # fmt: skip
    _, errors = forms.read_form(forms.KINDS["payment"], form, date(2024, 9, 1))
    [message] = errors.values()
    cli = invoke(*args, env={"PROMISSORY_BOOK": f"sqlite:///{tmp_path / 'none.db'}"})
    assert cli.returncode != 0
    assert message in " ".join(cli.stderr.split()), (message, cli.stderr)


def test_every_kind_has_a_form_and_its_required_fields_are_asked_for() -> None:
    for kind in forms.KINDS.values():
        _, errors = forms.read_form(kind, {}, date(2024, 9, 1))
        assert set(errors) == {f.name for f in kind.fields if f.required}, kind.kind
    assert forms.read_form(forms.KINDS["reversal"], {"target_seq": "2"}, date(2024, 9, 1))[0][
        "effective_date"] == date(2024, 9, 1)  # fmt: skip


def test_pages_need_a_login_and_forms_need_the_sessions_csrf(client: TestClient) -> None:
    r = client.get(f"/notes/{LOAN}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/login?next=/notes/{LOAN}"
    token = log_in(client, "svc")
    body = {"amount": "10.00", "effective_date": "2024-05-01", "step": "confirm"}
    assert client.post(f"/notes/{FRESH}/record/payment", data=body).status_code == 403
    forged = client.post(f"/notes/{FRESH}/record/payment", data={**body, "csrf": "x" + token})
    assert forged.status_code == 403
    assert client.get(f"/api/notes/{FRESH}/schedule").json()["rows"] == []  # nothing written


def test_a_refusal_of_a_note_is_the_answer_for_a_missing_note(client: TestClient) -> None:
    log_in(client, "borr")
    hidden, missing = client.get(f"/notes/{OTHER}"), client.get("/notes/NOPE")
    assert hidden.status_code == missing.status_code == 404
    assert f"no note '{OTHER}' in the book" in hidden.text.replace("&#39;", "'")
    assert client.get(f"/notes/{LOAN}/settle").status_code == 403
    assert "Your notes" in client.get("/portal").text


def test_charts_are_svg_with_a_title_and_no_script() -> None:
    line = line_chart("Balance", [Series("principal", [(date(2024, 1, 1), Decimal("10")),
                                                        (date(2024, 2, 1), Decimal("7.5"))])])  # fmt: skip
    bars = bar_chart(
        "OID", [Series("holder OID", [("2024", Decimal("1.25")), ("2025", Decimal(0))])]
    )
    for svg in (line, bars):
        assert "<svg" in svg and "<title>" in svg and "<script" not in svg
    assert 'points="84.0,' in line  # the first point at the left edge of the plot
    assert "not enough history" in line_chart("x", [Series("a", [(date(2024, 1, 1), Decimal(1))])])


@pytest.mark.parametrize(("days", "bucket"), [(0, "current"), (1, "1-30"), (30, "1-30"),
                                              (31, "31-60"), (90, "61-90"), (91, "90+")])  # fmt: skip
def test_aging_buckets(days: int, bucket: str) -> None:
    assert aging_bucket(days) == bucket


def test_collateral_filings_and_transfers_are_recorded_by_their_desks(client: TestClient) -> None:
    token = log_in(client, "svc")

    def record(kind: str, **fields: str) -> str:
        form = {"csrf": token, "idempotency_key": f"{kind}-once", **fields}
        preview = client.post(f"/notes/{LOAN}/record/{kind}", data=form)
        assert preview.status_code == 200 and 'id="preview-row"' in preview.text, preview.text
        done = client.post(f"/notes/{LOAN}/record/{kind}", data={**form, "step": "confirm"},
                           follow_redirects=False)  # fmt: skip
        assert done.status_code == 303, done.text
        return preview.text

    assert "pledged: Warehouse" in record("pledge", asset="Warehouse", effective_date="2024-03-02",
                                          value="750,000.00")  # fmt: skip
    assert "filed in Ohio" in record("ucc_filing", filing_number="OH-1", jurisdiction="Ohio",
                                     effective_date="2024-03-03")  # fmt: skip
    report = client.get(f"/api/notes/{LOAN}/collateral?as_of=2024-09-01").json()
    assert "Warehouse" in str(report) and "OH-1" in str(report)
    early = client.post(f"/notes/{LOAN}/record/ucc_continuation",
                        data={"csrf": token, "filing_number": "OH-1", "effective_date": "2024-08-03"})  # fmt: skip
    assert early.status_code == 422 and "only in the six months before lapse" in early.text


def test_a_reversal_is_marked_on_schedule_a(client: TestClient) -> None:
    token = log_in(client, "svc")
    form = {"csrf": token, "idempotency_key": "undo-2", "target_seq": "2", "reason": "bounced",
            "effective_date": "2024-04-05", "step": "confirm"}  # fmt: skip
    done = client.post(f"/notes/{TO_SETTLE}/record/reversal", data=form, follow_redirects=False)
    assert done.status_code == 303, done.text
    page = client.get(f"/notes/{TO_SETTLE}?as_of=2024-09-01").text
    [row] = re.findall(r'<tr class="reversed">(.*?)</tr>', page, flags=re.S)
    assert "reversed by #3" in row and "9,959.68" in row


def test_change_goes_back_to_the_form_with_what_was_typed_and_the_same_key(
    client: TestClient,
) -> None:
    token = log_in(client, "svc")
    form = {
        "csrf": token,
        "idempotency_key": "kept",
        "amount": "12.34",
        "effective_date": "2024-05-02",
    }
    preview = client.post(f"/notes/{LOAN}/record/payment", data=form)
    assert 'id="preview-row"' in preview.text
    back = client.post(f"/notes/{LOAN}/record/payment/edit", data={**form, "step": "edit"})
    assert back.status_code == 200
    assert 'value="12.34"' in back.text and 'value="kept"' in back.text


def test_the_portfolio_flags_notes_maturing_within_90_days(client: TestClient) -> None:
    log_in(client, "aud")
    near = client.get("/portfolio?as_of=2029-01-15&attention=1").text
    far = client.get("/portfolio?as_of=2028-11-15").text
    assert "matures 2029-03-01" in near and "matures 2029-03-01" not in far
    assert OTHER not in client.get("/portfolio?q=harbor").text.split("<tbody>")[1]


def test_a_new_password_ends_the_web_session(client: TestClient, service: Promissory) -> None:
    log_in(client, "hold")
    assert client.get(f"/notes/{LOAN}").status_code == 200
    assert client.get(f"/api/notes/{LOAN}/documents/note?format=txt").status_code == 200
    service.accounts.set_password("hold", PASSWORD + "!", by="test")
    try:
        r = client.get(f"/notes/{LOAN}", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
    finally:
        service.accounts.set_password("hold", PASSWORD, by="test")


def test_a_settlement_review_with_an_assigned_note_and_shares(client: TestClient) -> None:
    token = log_in(client, "svc")
    form = {"csrf": token, "date": "2024-09-01", "cash": "100,000.00", "note1": FRESH,
            "note1_value": "1,000.00", "share_price": "12.50", "step": "review"}  # fmt: skip
    review = client.post(f"/notes/{LOAN}/settle", data=form)
    assert review.status_code == 200, review.text
    table = review.text.split('id="reconciliation"')[1].split("</table>")[0]
    rows = dict(re.findall(r'<th scope="row">([^<]+)</th><td class="num">([^<]+)</td>', table))
    figure = {k: Decimal(v.replace(",", "")) for k, v in rows.items()}
    assert figure["Notes"] == Decimal("1000.00") and figure["Shares"] > 0
    # whole shares pay what the rest leaves; what a fraction of a share would pay is cash
    assert Decimal("100000.00") <= figure["Cash"] < Decimal("100000.00") + Decimal("12.50")
    assert 'id="rec-status">exact<' in review.text
    bad = client.post(f"/notes/{LOAN}/settle", data={**form, "share_price": "-1"})
    assert bad.status_code == 422 and "share price -1 must be positive" in bad.text


def test_a_pledge_does_not_tell_whether_an_unreadable_note_exists(client: TestClient) -> None:
    token = log_in(client, "svc")  # services Lakeside; OTHER is Berg & Berg's note

    def review(asset: str, kind: str) -> str:
        form = {"csrf": token, "asset": asset, "effective_date": "2024-03-05", "asset_kind": kind,
                "value": "10.00" if kind != "note" else ""}  # fmt: skip
        return client.post(f"/notes/{FRESH}/record/pledge", data=form).text.replace("&#39;", "'")

    assert "no note 'NOPE' in the book to pledge" in review("NOPE", "note")
    assert f"no note '{OTHER}' in the book to pledge" in review(OTHER, "note")
    hidden, absent = review(OTHER, ""), review("NOPE", "")
    assert "pledged: " + OTHER in hidden and "pledged: NOPE" in absent
    assert "Valence" not in hidden  # not the unreadable note's title
