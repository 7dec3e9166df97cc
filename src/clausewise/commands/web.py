"""`clausewise serve`: the web application and JSON API over one library."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from ..cli import EXIT_INPUT, app, fail


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
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    mode = (
        "uploads and deletes need the bearer token" if token else "read-only (no CLAUSEWISE_TOKEN)"
    )
    typer.echo(f"clausewise: serving {web.state.library_path} at http://{shown}:{port}/ ({mode})")
    try:
        uvicorn.run(web, host=host, port=port, log_level="warning")
    except OSError as exc:  # port taken, address not available
        fail(f"{host}:{port}", exc.strerror or str(exc))
        raise typer.Exit(EXIT_INPUT) from None
