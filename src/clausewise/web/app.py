"""The application factory: one FastAPI app over one library file.

Nothing a URL names reaches the file system: documents are rows in the library, the one
stylesheet is read into memory at start and served from there, templates are named in code.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from jinja2 import Environment, PackageLoader

from ..errors import InputError
from .data import FragmentCache
from .limits import BodyLimit

# A resolution with annexes is well under 2 MB even as a PDF with pictures; 10 MB leaves room
# and keeps a hostile upload small. The CLI's own ceiling (ingest.MAX_BYTES) is larger.
MAX_UPLOAD = 10 * 2**20


def templates() -> Environment:
    env = Environment(
        loader=PackageLoader("clausewise.web", "templates"),
        autoescape=True,  # every value is escaped, whatever the template name
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def create_app(
    library_path: str | os.PathLike | None = None,
    token: str | None = None,
    max_upload: int = MAX_UPLOAD,
):
    """The app over the library at `library_path` (the default library when None).
    `token`: the bearer token for upload and delete; None makes the server read-only."""
    from ..library import default_path
    from .pool import LibraryPool

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.library.close()

    app = FastAPI(
        lifespan=lifespan,
        title="clausewise",
        summary="Read, compare and trace United Nations resolutions.",
        version="0.1.0",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.library_path = Path(library_path) if library_path else default_path()
    app.state.library = LibraryPool(app.state.library_path)
    app.state.token = token or None
    app.state.max_upload = max_upload
    app.state.templates = templates()
    app.state.fragments = FragmentCache()
    css = resources.files("clausewise.web").joinpath("static/style.css").read_bytes()

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> PlainTextResponse:
        return PlainTextResponse("ok")

    @app.get("/static/style.css", include_in_schema=False)
    def stylesheet() -> Response:
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": cli_line(exc)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(x) for x in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
            for e in exc.errors()
        )
        return error_response(request, 422, problems)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return error_response(request, exc.status_code, str(exc.detail), exc.headers)

    from . import api, history, pages

    app.include_router(api.router)
    app.include_router(history.api)
    app.include_router(pages.router)
    app.include_router(history.pages)
    app.add_middleware(BodyLimit, limit=max_upload)
    return app


def cli_line(exc: InputError) -> str:
    """The CLI's message for the same input: `clausewise: FILE: problem`."""
    return f"clausewise: {exc.name}: {exc.message}" if exc.name else f"clausewise: {exc.message}"


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", ""
    )


def error_response(request: Request, status: int, message: str, headers=None):
    """JSON for the API and for scripts; a small readable page for a browser."""
    if wants_html(request):
        html = request.app.state.templates.get_template("error.html").render(
            status=status, message=message
        )
        return Response(html, status_code=status, media_type="text/html", headers=headers)
    return JSONResponse({"detail": message}, status_code=status, headers=headers)
