"""The HTTP API: :func:`create_app` builds it over the application facade (see README.md)."""

from promissory.api.app import create_app

__all__ = ["create_app"]
