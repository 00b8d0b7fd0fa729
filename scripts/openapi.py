"""Write ``docs/openapi.json``, the HTTP API's OpenAPI schema, from the app itself::

    PYTHONPATH=src python scripts/openapi.py

``tests/api/test_openapi.py`` fails when the committed schema and the app's differ; run this after
changing an endpoint and commit the result.
"""

from __future__ import annotations

from pathlib import Path

from promissory.api.app import openapi_document

TARGET = Path(__file__).resolve().parents[1] / "docs" / "openapi.json"

if __name__ == "__main__":
    TARGET.write_text(openapi_document(), encoding="utf-8")
    print(f"wrote {TARGET}")
