"""The application's public surface is re-exported from ``promissory.app`` and pinned here."""

from __future__ import annotations

import inspect
import types

import promissory.app as app
from promissory.app import Promissory

EXPORTED = [
    "Accounts", "Acting", "Applied", "AuditEntry", "ClosedPeriod", "CollateralReport",
    "DayCountResult", "Entry", "IssuedToken", "LoginLimits", "NoteSummary", "NoteToAssign", "NoteValue", "Offer",
    "OnboardReport", "PortfolioReport", "Promissory", "Recorded", "RejectedRow", "SettlementRecord",
    "TokenRecord", "UserRecord", "View",
]  # fmt: skip

FACADE = {
    "accept_settlement", "add_note", "add_party", "balance", "collateral_report",
    "continue_statement", "daycount", "explain", "export_book", "extract_document",
    "extraction_json", "file_statement", "find_settlement", "holder_history", "holder_parts", "holder_remittances",
    "import_book",
    "init", "interest_due", "ledger_on", "note", "note_value", "notes", "onboard",
    "onboard_events", "onboard_notes", "parties", "payoff", "pledge", "post", "problems",
    "propose_settlement", "record", "release", "resolve_holder", "reverse_settlement",
    "revalue", "schedule", "terminate_statement", "transfer", "verify", "view", "write",
    "write_draft", "note_document", "schedule_a_document", "payoff_letter_document",
    "holder_of_record", "release_figures", "settlement_release_document", "note_oid",
    "note_oid_document", "amortization", "installment_explanation", "statement",
    "statement_document", "notices",
    "journal", "trial_balance", "reconcile", "close_period", "closed_periods",
    "portfolio", "export_snapshot", "acting_as", "parse_terms", "audited_write",
}  # fmt: skip


def test_the_exported_names_are_pinned_and_sorted() -> None:
    assert app.__all__ == EXPORTED == sorted(EXPORTED)
    for name in app.__all__:
        assert getattr(app, name) is not None


def test_nothing_public_is_left_out_of_all() -> None:
    public = {n for n, v in vars(app).items()
              if not n.startswith("_") and not isinstance(v, types.ModuleType)}  # fmt: skip
    assert public == set(app.__all__)


def test_the_facade_methods_are_pinned() -> None:
    methods = {n for n, _ in inspect.getmembers(Promissory, callable) if not n.startswith("_")}
    assert methods == FACADE


def test_no_module_of_the_app_offers_a_function_that_takes_the_app() -> None:
    from promissory.app import collateral, documents, extraction, oid, onboarding, settlement

    for module in (collateral, settlement, onboarding, documents, oid, extraction):
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__:
                continue
            first = next(iter(inspect.signature(fn).parameters), "")
            assert first not in {"p", "app"}, f"{module.__name__}.{name}"
