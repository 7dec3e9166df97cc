"""`clausewise serve`: the web application and JSON API over one library."""

from __future__ import annotations

import os
import socket

import typer

from .base import EXIT_INPUT, app, fail


@app.command()
def serve(
    library: str | None = typer.Option(
        None,
        "--library",
        envvar="CLAUSEWISE_LIBRARY",
        help="Library: a SQLite file (default: the user's default library) or a postgresql:// URL.",
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    base_url: str | None = typer.Option(
        None,
        "--base-url",
        envvar="CLAUSEWISE_BASE_URL",
        help="The public address absolute links start with (default: http://HOST:PORT).",
    ),
    private: bool = typer.Option(
        False, "--private", help="Refuse anonymous reads: every page and call needs a user."
    ),
) -> None:
    """Serve the library in a browser and as a JSON API (writing needs a user's token or
    CLAUSEWISE_TOKEN, an admin token for scripts)."""
    import uvicorn

    from ..errors import InputError
    from ..web import create_app

    _few_arenas()
    token = os.environ.get("CLAUSEWISE_TOKEN") or None
    shown = f"[{host}]" if ":" in host else host
    try:
        web = create_app(
            library, token=token, base_url=base_url or f"http://{shown}:{port}", private=private
        )
    except InputError as exc:
        fail(exc.name or str(library), exc.message)
        raise typer.Exit(EXIT_INPUT) from None
    problem = _cannot_listen(host, port)
    if problem:
        web.state.library.close()
        fail(f"{host}:{port}", problem)
        raise typer.Exit(EXIT_INPUT)
    mode = (
        "writes need a user's token, by role"
        if web.state.writable
        else "read-only: set CLAUSEWISE_TOKEN or add users to allow writes"
    )
    if private:
        mode += "; private: anonymous reads refused"
    typer.echo(f"clausewise: serving {web.state.library.target} ({mode})")
    typer.echo(f"clausewise: open http://{shown}:{port}/ in a browser (Ctrl-C stops)")
    # a stop (Ctrl-C, SIGTERM) waits at most 3 s for requests in flight, then the app's
    # own shutdown stops the embedding job and kills parse workers: out within 5 s
    uvicorn.run(web, host=host, port=port, log_level="warning", timeout_graceful_shutdown=3)


def _few_arenas() -> None:
    """glibc gives each thread that allocates a heap ("arena") of its own and keeps what it
    freed there: a server's threads would grow its memory for good. Two arenas (as
    MALLOC_ARENA_MAX=2) keep it bounded; elsewhere, nothing to do."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-8, 2)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen there (port taken, no such address), else None:
    uvicorn would log a traceback-like error and exit 1; the CLI says it in one line."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return f"no such address ({exc.strerror})"
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as exc:
            return f"cannot listen ({exc.strerror})"
    return None
