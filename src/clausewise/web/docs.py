"""The API's documentation pages (Swagger UI at /docs, ReDoc at /redoc) from files this
server ships: the assets of the `fastapi-offline` package (Swagger UI and ReDoc, kept
current there), served from memory by fixed routes; the pages start them with scripts of
our own (no inline script, so the policy in `security` can forbid them). Offline, the
pages work as online."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response

ASSETS = {
    # route name: (file in fastapi_offline/static, media type)
    "swagger-ui-bundle.js": ("swagger-ui-bundle.js", "text/javascript"),
    "swagger-ui.css": ("swagger-ui.css", "text/css"),
    "redoc.standalone.js": ("redoc.standalone.js", "text/javascript"),
}

SWAGGER_INIT = b"""window.ui = SwaggerUIBundle({
  url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
  layout: "BaseLayout"
});
"""

REDOC_INIT = b"""Redoc.init("/openapi.json", {}, document.getElementById("redoc"));
"""

SWAGGER_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"><link rel="icon" href="data:,">
</head><body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-init.js"></script>
</body></html>
"""

REDOC_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - API</title>
<link rel="icon" href="data:,"></head><body><div id="redoc"></div>
<script src="/redoc/assets/redoc.standalone.js"></script>
<script src="/redoc/assets/redoc-init.js"></script>
</body></html>
"""


def add_docs(app: FastAPI) -> None:
    static = resources.files("fastapi_offline").joinpath("static")
    files = {name: (static.joinpath(f).read_bytes(), kind) for name, (f, kind) in ASSETS.items()}
    files["swagger-init.js"] = (SWAGGER_INIT, "text/javascript")
    files["redoc-init.js"] = (REDOC_INIT, "text/javascript")
    cache = {"Cache-Control": "max-age=86400"}

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return HTMLResponse(SWAGGER_PAGE.format(title=app.title))

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return HTMLResponse(REDOC_PAGE.format(title=app.title))

    @app.get("/docs/assets/{name}", include_in_schema=False)
    @app.get("/redoc/assets/{name}", include_in_schema=False)
    def asset(name: str) -> Response:
        found = files.get(name)  # a fixed set of names: nothing else is served
        if found is None:
            return Response(status_code=404)
        return Response(found[0], media_type=found[1], headers=cache)
