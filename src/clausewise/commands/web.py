"""`clausewise serve`: the web application and JSON API over one library."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import typer

from .base import EXIT_INPUT, app, fail


@app.command()
def serve(
    library: Path | None = typer.Option(
        None,
        "--library",
        envvar="CLAUSEWISE_LIBRARY",
        help="Library file (default: the user's default library).",
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the library in a browser and as a JSON API (writing needs CLAUSEWISE_TOKEN)."""
    import uvicorn

    from ..errors import InputError
    from ..web import create_app

    token = os.environ.get("CLAUSEWISE_TOKEN") or None
    try:
        web = create_app(library, token=token)
    except InputError as exc:
        fail(exc.name or str(library), exc.message)
        raise typer.Exit(EXIT_INPUT) from None
    problem = _cannot_listen(host, port)
    if problem:
        fail(f"{host}:{port}", problem)
        raise typer.Exit(EXIT_INPUT)
    shown = f"[{host}]" if ":" in host else host
    mode = (
        "uploads and deletes need the bearer token"
        if token
        else "read-only: set CLAUSEWISE_TOKEN to allow uploads and deletes"
    )
    typer.echo(f"clausewise: serving {web.state.library_path} ({mode})")
    typer.echo(f"clausewise: open http://{shown}:{port}/ in a browser (Ctrl-C stops)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


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
