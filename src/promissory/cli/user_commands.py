"""``promissory user add | role | password | token | revoke | tokens | list | disable | enable`` and
``promissory audit-log``: the book's users, their API tokens and the audit log.

The command line acts as the machine's operator — whoever can run it can open the book's database
anyway — so it checks no role.  What it does is recorded in the audit log as done ``by`` the
operating-system user running it (:func:`getpass.getuser`), or by the name given with ``--as``
(an administrator's user name, say, when several people share one account).
"""

from __future__ import annotations

import getpass
import sys
from datetime import UTC, date, datetime, time

import click

from promissory.cli.common import app, cli, emit_json, say, table
from promissory.codec.records_json import to_json

_ROLES = ["administrator", "servicer", "holder", "borrower", "auditor"]


def _by(acting: str | None) -> str:
    return acting or getpass.getuser()


def _as_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--as",
        "acting",
        default=None,
        metavar="NAME",
        help="Who makes the change, for the audit log (default: your operating-system user).",
    )(f)


def _password(from_stdin: bool) -> str:
    """The new password: one line of standard input, or typed twice (hidden) at a terminal."""
    if from_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    if not sys.stdin.isatty():
        raise click.UsageError("no terminal to type the password at: pass it on standard input "
                               "with --password-stdin")  # fmt: skip
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@cli.group()
def user() -> None:
    """Manage the book's users, their roles and API tokens (see docs/accounts.md)."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(_ROLES), required=True, help="The user's role.")
@click.option("--party", "parties", multiple=True, metavar="LEGAL NAME",
              help="A party the user acts for, as the notes write it (servicer, holder, "
                   "borrower; repeat for several).")  # fmt: skip
@click.option("--password-stdin", is_flag=True,
              help="Read the password from standard input (else it is asked for, hidden).")  # fmt: skip
@_as_option
def user_add(name: str, role: str, parties: tuple[str, ...], password_stdin: bool,
             acting: str | None) -> None:  # fmt: skip
    """Add a user with a password, a role and the parties it acts for."""
    password = _password(password_stdin)
    record = app().accounts.add_user(name, password, role, parties, by=_by(acting))
    acts = f", acting for {'; '.join(record.parties)}" if record.parties else ""
    say(f"added user {record.name}: {record.role.value}{acts}")


@user.command("role")
@click.argument("name")
@click.option("--role", type=click.Choice(_ROLES), required=True, help="The new role.")
@click.option("--party", "parties", multiple=True, metavar="LEGAL NAME",
              help="The parties it acts for from now on (default: keep them, if the role "
                   "takes parties).")  # fmt: skip
@_as_option
def user_role(name: str, role: str, parties: tuple[str, ...], acting: str | None) -> None:
    """Give a user a new role (and parties)."""
    record = app().accounts.set_role(name, role, parties or None, by=_by(acting))
    acts = f", acting for {'; '.join(record.parties)}" if record.parties else ""
    say(f"user {record.name} is now {record.role.value}{acts}")


@user.command("password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from standard input (else it is asked for, hidden).")  # fmt: skip
@_as_option
def user_password(name: str, password_stdin: bool, acting: str | None) -> None:
    """Set a user's password."""
    app().accounts.set_password(name, _password(password_stdin), by=_by(acting))
    say(f"password of user {name} changed")


@user.command("token")
@click.argument("name")
@click.option("--label", default="", help="What the token is for (shown in token lists).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_as_option
def user_token(name: str, label: str, as_json: bool, acting: str | None) -> None:
    """Issue an API token for a user and print it (once: the book keeps only its hash)."""
    issued = app().accounts.issue_token(name, label=label, by=_by(acting))
    if as_json:
        emit_json(to_json(issued))
        return
    click.echo(issued.token)
    click.echo(f"token {issued.id} for user {issued.user}: copy it now, it is not shown again",
               err=True)  # fmt: skip


@user.command("revoke")
@click.argument("token_id")
@_as_option
def user_revoke(token_id: str, acting: str | None) -> None:
    """Revoke an API token by its id (the 16 hex digits after prm_)."""
    app().accounts.revoke_token(token_id, by=_by(acting))
    say(f"token {token_id} revoked")


def _moment(value: datetime | None) -> str:
    return "" if value is None else value.isoformat(timespec="seconds")


@user.command("tokens")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def user_tokens(name: str | None, as_json: bool) -> None:
    """List API tokens (of one user, or all): ids, labels, use and revocation, never secrets."""
    tokens = app().accounts.tokens(name)
    if as_json:
        emit_json(to_json(tokens))
        return
    table("API tokens", ["id", "user", "label", "created", "last used", "revoked"],
          [[t.id, t.user, t.label, _moment(t.created_at), _moment(t.last_used_at),
            _moment(t.revoked_at)] for t in tokens])  # fmt: skip


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def user_list(as_json: bool) -> None:
    """List the users: role, parties, whether disabled."""
    users = app().accounts.users()
    if as_json:
        emit_json(to_json(users))
        return
    table("Users", ["user", "role", "parties", "status", "added", "by"],
          [[u.name, u.role.value, "; ".join(u.parties), "disabled" if u.disabled else "active",
            _moment(u.created_at), u.created_by] for u in users])  # fmt: skip


@user.command("disable")
@click.argument("name")
@_as_option
def user_disable(name: str, acting: str | None) -> None:
    """Disable a user: no more logins; its tokens and sessions stop working."""
    app().accounts.disable_user(name, by=_by(acting))
    say(f"user {name} disabled")


@user.command("enable")
@click.argument("name")
@_as_option
def user_enable(name: str, acting: str | None) -> None:
    """Enable a disabled user again."""
    app().accounts.enable_user(name, by=_by(acting))
    say(f"user {name} enabled")


class SinceType(click.ParamType):  # type: ignore[type-arg]
    """A moment to list from: an ISO date (from its start, UTC) or an ISO date-time."""

    name = "since"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        if isinstance(value, datetime):
            return value
        text = str(value)
        try:
            if len(text) == 10:
                return datetime.combine(date.fromisoformat(text), time.min, tzinfo=UTC)
            moment = datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not an ISO date or date-time", param, ctx)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@cli.command("audit-log")
@click.option("--since", type=SinceType(), default=None,
              help="From this date (its start, UTC) or date-time.")  # fmt: skip
@click.option("--user", "user_name", default=None, help="Only this user's lines.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def audit_log(since: datetime | None, user_name: str | None, as_json: bool) -> None:
    """The audit log: logins, refusals, writes and changes to users and tokens."""
    entries = app().accounts.audit_log(since, user_name)
    if as_json:
        emit_json(to_json(entries))
        return
    table("Audit log", ["at", "user", "action", "target", "outcome", "source"],
          [[_moment(e.at), e.user, e.action, e.target, e.outcome, e.source]
           for e in entries])  # fmt: skip
