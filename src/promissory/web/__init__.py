"""The web app: server-rendered pages over the application facade, beside the HTTP API.

``promissory.api.create_app`` includes :data:`router`, so ``promissory serve`` serves the pages and
the API from one process, with one session (see README.md and docs/web.md).
"""

from promissory.web.pages import router

__all__ = ["router"]
