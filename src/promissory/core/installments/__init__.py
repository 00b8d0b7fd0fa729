"""Scheduled payments: installment terms, level payments, amortization tables and their explanation.

``schedule`` holds the terms (what the note says), ``level`` the level installment and its
explanation, ``table`` the amortization table and re-amortization after a prepayment.  Everything
is a pure function of the terms: no ledger, no clock, no I/O.
"""

from promissory.core.installments.level import (
    InstallmentExplanation,
    explain_installment,
    level_payment,
    level_payment_exact,
    periodic_rate,
)
from promissory.core.installments.schedule import (
    CustomInstallment,
    PaymentSchedule,
    PrepaymentEffect,
    ScheduleKind,
    TableAmount,
)
from promissory.core.installments.table import (
    AmortizationRow,
    AmortizationTable,
    amortization_table,
    reamortize,
)

__all__ = [
    "AmortizationRow",
    "AmortizationTable",
    "CustomInstallment",
    "InstallmentExplanation",
    "PaymentSchedule",
    "PrepaymentEffect",
    "ScheduleKind",
    "TableAmount",
    "amortization_table",
    "explain_installment",
    "level_payment",
    "level_payment_exact",
    "periodic_rate",
    "reamortize",
]
