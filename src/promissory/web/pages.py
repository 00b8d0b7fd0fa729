"""The web app's pages: portfolio, note, record forms, settlement, borrower portal and audit.

Every page acts through :class:`promissory.app.Acting` as the session's user, so the API and the
pages answer the same policy with the same refusals: a note the user may not read is "no note 'X'
in the book" (404), an action it may not do is 403.  The routes are plain HTML over GET and POST
forms (no script needed); the documents are the API's downloads (``/api/notes/…/documents``),
which the same session cookie authenticates.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Coroutine, Mapping
from datetime import UTC, date, datetime, time
from decimal import Decimal
from http import HTTPStatus
from importlib.resources import files
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from jinja2 import Environment, PackageLoader, select_autoescape

from promissory.app import Acting, NoteToAssign, Offer
from promissory.app.access import Action, Role
from promissory.codec.records_json import to_json
from promissory.core.money import money_text
from promissory.core.settlement import Cash, Forgiveness, Shares
from promissory.errors import (
    InvalidInput,
    NotFound,
    PromissoryError,
    RuleViolation,
    TooManyAttempts,
    Unauthenticated,
    http_status,
)
from promissory.web import forms, views
from promissory.web.session import (
    acting,
    check_csrf,
    csrf_token,
    log_in,
    principal,
    service,
)

DAYS_IN_PAYOFF_TABLE = 5


class WebRoute(APIRoute):
    """A page route: an error of the tree becomes an HTML page with its status (a missing login, a
    redirect to the login page) instead of the API's JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page(request: Request) -> Response:
            try:
                return await handler(request)
            except Unauthenticated:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
            except PromissoryError as error:
                return render(request, "error.html", status=http_status(error), error=str(error),
                              title=HTTPStatus(http_status(error)).phrase)  # fmt: skip

        return page


router = APIRouter(route_class=WebRoute, include_in_schema=False)

_env = Environment(loader=PackageLoader("promissory.web", "templates"),
                   autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)  # fmt: skip


def _money(value: object, currency: str = "USD") -> str:
    if value is None or value == "":
        return ""
    return money_text(value if isinstance(value, Decimal) else Decimal(str(value)), currency)


_env.filters["money"] = _money
_env.globals["KINDS"] = forms.KINDS


def render(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    try:
        who = principal(request)
    except PromissoryError:
        who = None
    html = _env.get_template(template).render(
        request=request, who=who, csrf=csrf_token(request), today=service(request).clock().date(),
        **context)  # fmt: skip
    return HTMLResponse(html, status_code=status)


# -- query values ----------------------------------------------------------------------------------


def day_param(request: Request, name: str, default: date | None) -> date | None:
    text = request.query_params.get(name, "").strip()
    return forms.date_value(text, name.replace("_", " ")) if text else default


def known_on_param(request: Request) -> datetime | None:
    """``known_on``: an ISO date (the end of that day, UTC) or date-time, as the CLI's option."""
    text = request.query_params.get("known_on", "").strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time.max, tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"known on {text!r} is not an ISO date or date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def form_of(request: Request) -> dict[str, str]:
    """The posted form as text fields, refused unless it carries the session's CSRF token."""
    data = await request.form()
    form = {k: v for k, v in data.items() if isinstance(v, str)}
    check_csrf(request, form)
    return form


# -- static ----------------------------------------------------------------------------------------

_CSS = files("promissory.web").joinpath("static/web.css")


@router.get("/static/web.css")
def stylesheet() -> Response:
    return Response(_CSS.read_text(encoding="utf-8"), media_type="text/css",
                    headers={"Cache-Control": "max-age=3600"})  # fmt: skip


# -- login -----------------------------------------------------------------------------------------


def _home(role: Role) -> str:
    return "/portal" if role is Role.BORROWER else "/portfolio"


@router.get("/")
def home(request: Request) -> Response:
    return RedirectResponse(_home(principal(request).role), status_code=303)


@router.get("/login")
def login_page(request: Request) -> Response:
    """The login form; its CSRF token is kept in the (not yet logged-in) session, so a page on
    another site cannot log the browser in as someone else."""
    if not csrf_token(request):
        request.session["csrf"] = secrets.token_urlsafe(32)
    return render(request, "login.html", title="Log in", next=request.query_params.get("next", ""))


@router.post("/login")
async def login(request: Request) -> Response:
    data = await form_of(request)
    user, password = data.get("user", ""), data.get("password", "")
    target = data.get("next", "")
    try:
        who = await run_in_threadpool(log_in, request, user, password)
    except Unauthenticated as error:
        return render(request, "login.html", status=401, title="Log in", error=str(error),
                      next=target, user=user)  # fmt: skip
    except TooManyAttempts as error:
        page = render(request, "login.html", status=429, title="Log in", error=str(error),
                      next=target, user=user)  # fmt: skip
        page.headers["Retry-After"] = str(error.retry_after)
        return page
    safe = target.startswith("/") and not target.startswith("//")
    return RedirectResponse(target if safe else _home(who.role), status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    await form_of(request)
    a = acting(request)
    a.audit("logout")
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


# -- portfolio -------------------------------------------------------------------------------------

SORTABLE = ("id", "borrower", "status", "principal", "accrued_interest", "past_due",
            "days_past_due", "next_due", "maturity")  # fmt: skip


@router.get("/portfolio")
def portfolio(request: Request) -> Response:
    a = acting(request)
    if a.principal.role is Role.BORROWER:
        return RedirectResponse("/portal", status_code=303)
    q = request.query_params
    as_of = day_param(request, "as_of", a.service.clock().date())
    assert as_of is not None
    known_on = known_on_param(request)
    if known_on is not None:
        a.require(Action.AUDIT)
    unavailable: list[tuple[str, str]] = []
    rows = views.portfolio(a, as_of, known_on, unavailable)
    status, text = q.get("status", ""), q.get("q", "").strip().lower()
    attention_only = q.get("attention") == "1"
    shown = [r for r in rows
             if (not status or r.status == status)
             and (not text or text in f"{r.id} {r.borrower} {r.holder}".lower())
             and (not attention_only or r.attention)]  # fmt: skip
    sort = q.get("sort", "id") if q.get("sort", "id") in SORTABLE else "id"
    descending = q.get("dir") == "desc"
    shown.sort(key=lambda r: r.sort_key(sort), reverse=descending)
    base = {k: v for k, v in q.items() if k not in ("sort", "dir")}
    return render(
        request, "portfolio.html", title="Portfolio", rows=shown, all_rows=rows, as_of=as_of,
        known_on=known_on, totals=views.totals(shown), charts=views.portfolio_charts(shown),
        attention=[r for r in rows if r.attention], unavailable=unavailable, sort=sort,
        descending=descending,
        statuses=sorted({r.status for r in rows}), status_filter=status, q=q.get("q", ""),
        attention_only=attention_only, sort_link=lambda col: "?" + urlencode(
            {**base, "sort": col, "dir": "asc" if sort != col or descending else "desc"}),
    )  # fmt: skip


# -- one note --------------------------------------------------------------------------------------


def _documents(a: Acting, note_id: str, as_of: date, good_through: date, has_schedule: bool,
               known_on: datetime | None) -> list[tuple[str, str]]:  # fmt: skip
    """(label, URL) of the note's documents as PDF downloads from the API."""
    base = f"/api/notes/{quote(note_id)}/documents"
    k = {"known_on": known_on.isoformat()} if known_on is not None else {}
    docs = [
        ("Promissory note", f"{base}/note?format=pdf"),
        ("Schedule A", f"{base}/schedule?" + urlencode({"format": "pdf", **k})),
        ("Payoff letter", f"{base}/payoff?" + urlencode({
            "format": "pdf", "as_of": as_of, "good_through": good_through,
            "days": DAYS_IN_PAYOFF_TABLE, **k})),
    ]  # fmt: skip
    if has_schedule and known_on is None:
        docs.append(
            ("Statement", f"{base}/statement?" + urlencode({"format": "pdf", "as_of": as_of}))
        )
    docs.append(
        (
            "OID statement",
            f"{base}/oid?" + urlencode({"format": "pdf", "statement_date": as_of, **k}),
        )
    )
    return docs


@router.get("/notes/{note_id}")
def note_page(note_id: str, request: Request) -> Response:
    a = acting(request)
    today = a.service.clock().date()
    as_of = day_param(request, "as_of", today)
    assert as_of is not None
    good_through = day_param(request, "good_through", as_of) or as_of
    known_on = known_on_param(request)
    view = a.view(note_id, known_on=known_on)
    terms = view.ledger.terms
    rounding = view.record.terms.rounding
    quote_ = a.payoff(note_id, as_of, good_through=good_through, days=DAYS_IN_PAYOFF_TABLE,
                      known_on=known_on)  # fmt: skip
    balance = to_json(a.balance(note_id, as_of, known_on=known_on),
                      interest_due=a.interest_due(note_id, as_of, known_on=known_on))  # fmt: skip
    explained = to_json(a.explain(note_id, as_of, known_on=known_on), rounding=rounding)
    charts = [views.balance_chart(note_id, view.ledger, as_of)]
    amortization = statement = None
    if view.record.terms.schedule is not None and known_on is None:
        amortization = to_json(a.service.amortization(note_id, as_of=as_of))
        statement = to_json(a.service.statement(note_id, as_of))
        charts.append(views.payments_chart(statement, as_of))
    oid: dict[str, Any] | None = None
    try:
        oid = to_json(a.service.note_oid(note_id, known_on=known_on))
    except PromissoryError as error:
        oid_note = str(error)
    else:
        oid_note = ""
        if oid is not None and oid["total"]["years"]:
            charts.append(views.oid_chart(oid))
    settlements = sorted({str(getattr(e, "settlement_id", "")) for e in view.events} - {""})
    return render(
        request, "note.html", title=f"Note {note_id}", note_id=note_id, terms=view.record.terms,
        terms_now=terms, words=views.terms_in_words(view.record.terms), ledger=to_json(view.ledger),
        balance=balance, payoff=to_json(quote_, rounding=rounding), explained=explained,
        amortization=amortization, statement=statement, oid=oid, oid_note=oid_note, charts=charts,
        as_of=as_of, good_through=good_through, known_on=known_on,
        may_record=known_on is None and a.may(Action.RECORD, note_id),
        documents=_documents(a, note_id, as_of, good_through,
                             view.record.terms.schedule is not None, known_on),
        settlements=settlements, flash=request.query_params.get("flash", ""),
    )  # fmt: skip


# -- record forms ----------------------------------------------------------------------------------


def _record_form(request: Request, a: Acting, note_id: str, kind: forms.Kind,
                 values: Mapping[str, str], errors: Mapping[str, str] | None = None,
                 problems: list[str] | None = None, status: int = 200) -> Response:  # fmt: skip
    return render(request, "record.html", status=status, title=f"{kind.title} — {note_id}",
                  note_id=note_id, kind=kind, values=values, errors=errors or {},
                  problems=problems or [], currency=a.note(note_id).terms.currency,
                  key=values.get("idempotency_key") or secrets.token_urlsafe(16))  # fmt: skip


@router.get("/notes/{note_id}/record/{kind}")
def record_page(note_id: str, kind: str, request: Request) -> Response:
    a = acting(request)
    a.require(Action.RECORD, note_id)
    return _record_form(request, a, note_id, forms.kind_of(kind), {})


@router.post("/notes/{note_id}/record/{kind}")
async def record(note_id: str, kind: str, request: Request) -> Response:
    """``step=preview``: validate and show the Schedule A row; ``step=confirm``: record it."""
    form = await form_of(request)
    spec = forms.kind_of(kind)

    def run() -> Response:
        a = acting(request)
        a.require(Action.RECORD, note_id)
        fields, errors = forms.read_form(spec, form, a.service.clock().date())
        if errors:
            return _record_form(request, a, note_id, spec, form, errors, status=422)
        try:
            if form.get("step") != "confirm":
                row, problems = views.preview(a, note_id, fields)
                if problems:
                    return _record_form(request, a, note_id, spec, form, problems=problems,
                                        status=422)  # fmt: skip
                return render(request, "confirm.html", title=f"Confirm {spec.title.lower()}",
                              note_id=note_id, kind=spec, row=row, values=form,
                              currency=a.note(note_id).terms.currency)  # fmt: skip
            key = form.get("idempotency_key") or None
            done = (views.desk_write(a, note_id, fields, key) if spec.desk
                    else a.post(note_id, fields, idempotency_key=key))  # fmt: skip
        except RuleViolation as error:
            return _record_form(request, a, note_id, spec, form,
                                problems=[p.message for p in error.problems], status=422)  # fmt: skip
        except (InvalidInput, NotFound) as error:  # the note itself was found above: an asset
            return _record_form(request, a, note_id, spec, form, problems=[str(error)], status=422)
        e = done.event
        flash = (f"already recorded as event #{e.seq} (same idempotency key); nothing new written"
                 if done.repeated else f"recorded #{e.seq} {e.kind} on {e.effective_date}")  # fmt: skip
        return RedirectResponse(f"/notes/{quote(note_id)}?" + urlencode(
            {"as_of": form.get("as_of") or e.effective_date.isoformat(), "flash": flash}),
            status_code=303)  # fmt: skip

    return await run_in_threadpool(run)


@router.post("/notes/{note_id}/record/{kind}/edit")
async def record_edit(note_id: str, kind: str, request: Request) -> Response:
    """Back from the confirmation to the form, with what was typed (and the same key)."""
    form = await form_of(request)
    a = acting(request)
    a.require(Action.RECORD, note_id)
    return _record_form(request, a, note_id, forms.kind_of(kind), form)


# -- settlement ------------------------------------------------------------------------------------


def offer_of(form: Mapping[str, str]) -> tuple[date, list[Offer], dict[str, str]]:
    """The settlement form as the facade's offer, or the errors by field."""
    errors: dict[str, str] = {}
    offer: list[Offer] = []
    day = date.min

    def amount(name: str, what: str) -> Decimal | None:
        text = form.get(name, "").strip()
        if not text:
            return None
        try:
            return forms.amount_value(text, what)
        except InvalidInput as error:
            errors[name] = str(error)
            return None

    try:
        day = forms.date_value(form.get("date", "").strip(), "date")
    except InvalidInput as error:
        errors["date"] = str(error) if form.get("date") else "missing date: it is required"
    cash = amount("cash", "cash")
    if cash is not None:
        offer.append(Cash(cash))
    for n in (1, 2):
        note = form.get(f"note{n}", "").strip()
        value = amount(f"note{n}_value", f"agreed value of {note or 'the note'}")
        if note:
            offer.append(NoteToAssign(note, value, form.get(f"note{n}_basis") or None))
    price = amount("share_price", "share price")
    count_text = form.get("share_count", "").strip()
    if price is not None:
        try:
            count = int(count_text) if count_text else None
        except ValueError:
            errors["share_count"] = f"share count {count_text!r} is not a whole number"
            count = None
        offer.append(Shares(price, count=count, remainder="cash"))
    forgive = amount("forgive", "amount forgiven")
    if forgive is not None:
        offer.append(Forgiveness(forgive))
    if not offer and not errors:
        errors["cash"] = "an offer needs some consideration: cash, notes, shares or forgive"
    return day, offer, errors


@router.get("/notes/{note_id}/settle")
def settle_page(note_id: str, request: Request) -> Response:
    a = acting(request)
    a.require(Action.RECORD, note_id)
    return render(request, "settle.html", title=f"Settle {note_id}", note_id=note_id,
                  values={"date": a.service.clock().date().isoformat()}, errors={},
                  reconciliation=None, currency=a.note(note_id).terms.currency)  # fmt: skip


@router.post("/notes/{note_id}/settle")
async def settle(note_id: str, request: Request) -> Response:
    """``step=review``: reconcile (writes nothing); ``step=accept``: apply in one transaction."""
    form = await form_of(request)

    def run() -> Response:
        a = acting(request)
        a.require(Action.RECORD, note_id)
        currency = a.note(note_id).terms.currency
        day, offer, errors = offer_of(form)
        assigned = [o.note_id for o in offer if isinstance(o, NoteToAssign)]

        def again(status: int, **extra: Any) -> Response:
            return render(request, "settle.html", status=status, title=f"Settle {note_id}",
                          note_id=note_id, values=form, errors=errors, currency=currency,
                          **{"reconciliation": None, **extra})  # fmt: skip

        if errors:
            return again(422)
        try:
            for other in assigned:
                a.require(Action.RECORD, other)
            if form.get("step") != "accept":
                r = to_json(a.service.propose_settlement(note_id, day, offer))
                return again(200, reconciliation=r)
            done = a.writing([note_id, *assigned], "settlement accept", lambda by:
                             a.service.accept_settlement(note_id, day, offer, recorded_by=by,
                                                         memo=form.get("memo", ""),
                                                         settlement_id=form.get("settlement_id") or None))  # fmt: skip
        except (RuleViolation, InvalidInput) as error:
            return again(422, problems=[str(error)])
        return RedirectResponse(f"/settlements/{quote(done.settlement_id)}", status_code=303)

    return await run_in_threadpool(run)


def _settlement_of(a: Acting, settlement_id: str) -> Any:
    try:
        found = a.service.find_settlement(settlement_id)
        a.require(Action.READ, found.event.note_id)
    except NotFound:
        raise NotFound(f"no settlement {settlement_id!r} in the book") from None
    return found


@router.get("/settlements/{settlement_id}")
def settlement_page(settlement_id: str, request: Request) -> Response:
    a = acting(request)
    found = _settlement_of(a, settlement_id)
    notes = sorted({n for n, _ in found.linked})
    return render(request, "settlement.html", title=f"Settlement {settlement_id}",
                  settlement_id=settlement_id, found=found, note_id=found.event.note_id,
                  linked=[(n, to_json(e)) for n, e in found.linked],
                  may_record=all(a.may(Action.RECORD, n) for n in notes),
                  release=f"/api/settlements/{quote(settlement_id)}/documents/release?format=pdf",
                  flash=request.query_params.get("flash", ""))  # fmt: skip


@router.post("/settlements/{settlement_id}/reverse")
async def reverse_settlement(settlement_id: str, request: Request) -> Response:
    form = await form_of(request)

    def run() -> Response:
        a = acting(request)
        found = _settlement_of(a, settlement_id)
        text = form.get("date", "").strip()
        day = forms.date_value(text, "date") if text else a.service.clock().date()
        notes = sorted({n for n, _ in found.linked})
        a.writing(notes, "settlement reverse", lambda by: a.service.reverse_settlement(
            settlement_id, day, reason=form.get("reason", ""), recorded_by=by))  # fmt: skip
        return RedirectResponse(f"/settlements/{quote(settlement_id)}?flash=reversed",
                                status_code=303)  # fmt: skip

    return await run_in_threadpool(run)


# -- borrower portal -------------------------------------------------------------------------------


@router.get("/portal")
def portal(request: Request) -> Response:
    """A borrower's notes: what it owes today, a payoff good through a date, its statements."""
    a = acting(request)
    today = a.service.clock().date()
    as_of = day_param(request, "as_of", today) or today
    good_through = day_param(request, "good_through", as_of) or as_of
    notes: list[dict[str, object]] = []
    for s in a.notes(as_of):
        note_id = s.terms.id
        if s.problem:  # what it owes waits for a fixing: said, with what can be said
            notes.append({"id": note_id, "lender": s.holder or s.terms.lender.name,
                          "currency": s.terms.currency, "status": s.status.value,
                          "maturity": s.terms.maturity, "principal": s.principal,
                          "problem": s.problem})  # fmt: skip
            continue
        q = a.payoff(note_id, as_of, good_through=good_through)
        has_schedule = a.note(note_id).terms.schedule is not None
        notes.append({"id": note_id, "owed": s.total, "lender": s.holder or s.terms.lender.name,
                      "currency": s.terms.currency, "status": s.status.value,
                      "payoff": to_json(q), "maturity": s.terms.maturity,
                      "documents": _documents(a, note_id, as_of, good_through, has_schedule, None)})  # fmt: skip
    return render(request, "portal.html", title="Your notes", notes=notes, as_of=as_of,
                  good_through=good_through)  # fmt: skip


# -- audit -----------------------------------------------------------------------------------------


@router.get("/audit/note")
def audit_note(request: Request) -> Response:
    """The note picked on the audit page, as known on the moment typed (a plain GET form)."""
    a = acting(request)
    a.require(Action.AUDIT)
    note = request.query_params.get("note", "")
    known = request.query_params.get("known_on", "")
    return RedirectResponse(f"/notes/{quote(note)}?" + urlencode({"known_on": known}),
                            status_code=303)  # fmt: skip


@router.get("/audit")
def audit(request: Request) -> Response:
    a = acting(request)
    problems = a.verify()
    log = a.audit_log()[-20:]
    return render(request, "audit.html", title="Audit", problems=[to_json(p) for p in problems],
                  notes=a.service.book.note_ids(), log=list(reversed(log)))  # fmt: skip
