"""The application factory: one FastAPI app over one library (a file or a database).

Nothing a URL names reaches the file system: documents are rows in the library, the one
stylesheet is read into memory at start and served from there, templates are named in code.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from jinja2 import Environment, PackageLoader

from ..errors import InputError
from ..storage.base import PoolExhausted
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


POOL = 8  # database connections per server process: requests beyond wait for one
UPLOADS = 2  # uploads parsed at once (each in a worker process)
THREADS = 2 * POOL  # worker threads for requests


def base_url_of(url: str) -> str:
    """A public base URL as configured (`--base-url`, CLAUSEWISE_BASE_URL): http(s), a
    host, an optional port and path; the absolute links the server writes (/mandates.ics)
    start with it, whatever Host a client sends."""
    from urllib.parse import urlsplit

    from ..errors import InputError as _InputError

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise _InputError("not a base URL (http(s)://host[:port][/path])", url)
    return url.rstrip("/")


def create_app(
    library: str | os.PathLike | None = None,
    token: str | None = None,
    max_upload: int = MAX_UPLOAD,
    *,
    base_url: str = "http://127.0.0.1:8000",
    pool: int = POOL,
    uploads: int = UPLOADS,
    embed: bool = True,
    private: bool = False,
):
    """The app over `library` (a file or a postgresql:// URL; the default library when
    None). `token`: the bearer token for upload and delete; None makes the server read-only,
    and its database is then opened read-only. `base_url`: the public address absolute
    links use. `embed`: a writable server embeds uploads for search by meaning in the
    background (when the semantic extra is installed). Named users (`clausewise users`)
    make a server writable too, `token` or not; `private`: anonymous reads are refused."""
    from ..library import Library
    from ..library import semantic as _semantic
    from ..library.core import default_target
    from ..review import Review
    from ..review.core import has_users
    from ..storage import meta
    from . import review as review_pages
    from .auth import Private
    from .docs import add_docs
    from .jobs import EmbedJob
    from .security import SecurityHeaders
    from .uploads import Uploads

    target = library if library is not None else default_target()
    writable = bool(token) or has_users(target)
    lib = Library(target, read_only=not writable, pool=pool)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        import anyio.to_thread

        # requests run in worker threads: as many as can use a connection, and a few more
        # waiting; not the default 40 (each thread's allocations stay with it)
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        try:
            yield
        finally:
            # stopping promptly: the job stops between two batches, parse workers are
            # killed, and the database's connections closed
            if app.state.jobs is not None:
                app.state.jobs.close(timeout=1.0)
            app.state.uploads.close()
            app.state.library.close()

    app = FastAPI(
        lifespan=lifespan,
        title="clausewise",
        summary="Read, compare and trace United Nations resolutions.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )
    app.state.library = lib
    app.state.library_path = lib.path  # (None on PostgreSQL)
    app.state.token = token or None
    app.state.writable = writable
    app.state.review = Review(lib.db)
    with lib.db.connection() as conn:
        app.state.session_secret = meta.get(conn, "session_secret")
    app.state.max_upload = max_upload
    app.state.base_url = base_url_of(base_url)
    app.state.secure_cookies = app.state.base_url.startswith("https://")
    app.state.templates = templates()
    app.state.templates.globals.update(review_pages.template_globals())
    app.state.fragments = FragmentCache()
    app.state.uploads = Uploads(uploads)
    app.state.jobs = EmbedJob(lib) if writable and embed and _semantic.available() else None
    css = resources.files("clausewise.web").joinpath("static/style.css").read_bytes()
    js = resources.files("clausewise.web").joinpath("static/app.js").read_bytes()

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> PlainTextResponse:
        # on the event loop, touching nothing: it answers while any worker is busy
        return PlainTextResponse("ok")

    @app.get("/static/style.css", include_in_schema=False)
    def stylesheet() -> Response:
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/static/app.js", include_in_schema=False)
    def script() -> Response:
        # the pages' one script (pickers' suggestions, the compare view's keys): no page
        # needs it to work, each works better with it
        return Response(js, media_type="text/javascript", headers={"Cache-Control": "max-age=3600"})

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": cli_line(exc)}, status_code=422)

    @app.exception_handler(PoolExhausted)
    async def overloaded(request: Request, exc: PoolExhausted):
        return error_response(
            request, 503, "the server is busy: try again in a moment", {"Retry-After": "5"}
        )

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

    from . import api, history, pages, permalinks, review, upr

    add_docs(app)
    app.include_router(api.router)
    app.include_router(history.api)
    app.include_router(pages.router)
    app.include_router(pages.files)
    app.include_router(history.pages)
    app.include_router(review.router)
    app.include_router(upr.api)
    app.include_router(upr.pages)
    # last: a symbol's slashes take the rest of the path (permalinks.py)
    app.include_router(permalinks.api)
    app.include_router(permalinks.pages)
    if private:  # inside the others: its refusals carry the security headers too
        app.add_middleware(Private)
    app.add_middleware(BodyLimit, limit=max_upload)
    app.add_middleware(SecurityHeaders)
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
