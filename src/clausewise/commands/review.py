"""`clausewise users ...` (named users with a role and a token) and `clausewise audit ...`
(the audit trail of every write, and its verification)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

import typer

from .base import EXIT_INPUT, app, dump_json, fail
from .library import LIBRARY, _open

users_app = typer.Typer(
    help="Named users of a library: their role and token.", no_args_is_help=True
)
app.add_typer(users_app, name="users")

audit_app = typer.Typer(
    help="The audit trail: every write, who made it, hash-chained.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(audit_app, name="audit")


class Role(StrEnum):
    reader = "reader"
    editor = "editor"
    reviewer = "reviewer"
    validator = "validator"
    admin = "admin"


class Format(StrEnum):
    table = "table"
    json = "json"


def _review(lib):
    from ..review import Review

    return Review(lib.db)


def _cli_user(lib):
    """Whoever runs the CLI on the library's database holds it all: an admin, named as
    `cli:<system user>` in the audit."""
    from ..review import User

    return User(lib.actor, "admin")


def _refused(what: str, exc) -> None:
    fail(what, exc.message)
    raise typer.Exit(EXIT_INPUT) from None


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="The user's name (letters, digits, . _ @ -)."),
    role: Role = typer.Option(
        ..., "--role", "-r", help="reader, editor, reviewer, validator or admin"
    ),
    library: str | None = LIBRARY,
) -> None:
    """Add a user and print their token (once: only its hash is kept)."""
    from ..review import Refused

    with _open(library) as lib:
        try:
            user, token = _review(lib).add_user(_cli_user(lib), name, role.value)
        except Refused as exc:
            _refused(name, exc)
    typer.echo(f"clausewise: user {user.name} ({user.role}) added; their token, shown once:")
    typer.echo(token)


@users_app.command("list")
def users_list(
    library: str | None = LIBRARY, format: Format = typer.Option(Format.table, "--format", "-f")
) -> None:
    """The library's users, their role, and whether their token still works."""
    with _open(library) as lib:
        users = _review(lib).users()
    if format == Format.json:
        dump_json([u.to_json() for u in users])
        return
    if not users:
        typer.echo("no users (the server's CLAUSEWISE_TOKEN is the only way to write)")
    for u in users:
        state = f"revoked {u.revoked}" if u.revoked else "active"
        typer.echo(f"{u.name:<24} {u.role:<10} created {u.created}  {state}")


@users_app.command("revoke")
def users_revoke(name: str = typer.Argument(...), library: str | None = LIBRARY) -> None:
    """Revoke a user's token (at once, on every server of the library)."""
    from ..review import Refused

    with _open(library) as lib:
        try:
            user = _review(lib).revoke_user(_cli_user(lib), name)
        except Refused as exc:
            _refused(name, exc)
    typer.echo(f"clausewise: user {user.name} revoked ({user.revoked})")


def _since(value: str | None) -> str | None:
    """An ISO date or time, as the audit's UTC timestamps are written."""
    if value is None:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        fail("--since", f"not a date or time: {value!r} (give YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
        raise typer.Exit(EXIT_INPUT) from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return t.astimezone(UTC).isoformat(timespec="milliseconds")


@audit_app.callback()
def audit(
    ctx: typer.Context,
    since: str | None = typer.Option(None, "--since", help="From this day or time (UTC) on."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table or json"),
    library: str | None = LIBRARY,
) -> None:
    """List the audit trail, oldest first."""
    if ctx.invoked_subcommand is not None:
        return
    with _open(library) as lib:
        rows = _review(lib).audit(since=_since(since))
    if format == Format.json:
        dump_json([e.to_json() for e in rows])
        return
    for e in rows:
        typer.echo(f"{e.n:>6}  {e.at}  {e.user:<20} {e.action:<18} {e.target}")


@audit_app.command("verify")
def audit_verify(library: str | None = LIBRARY) -> None:
    """Check the audit trail's hash chain: fails at the first row edited, removed or moved."""
    with _open(library) as lib:
        count, bad, head = _review(lib).verify()
    if bad is not None:
        n, why = bad
        fail(f"audit row {n}", why)
        raise typer.Exit(1)
    typer.echo(f"clausewise: audit trail holds: {count} rows, head {head or '(empty)'}")
