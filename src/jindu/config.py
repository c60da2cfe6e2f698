"""Runtime configuration read from the environment (no Django import).

JINDU_DATA_DIR       where the SQLite file, uploads and the secret key live (default ./var)
JINDU_DATABASE_URL   sqlite:///absolute/path.sqlite3 or postgresql://user:pass@host:port/name
JINDU_SECRET_KEY     Django secret key (default: generated once into the data directory)
JINDU_DEBUG          1 to run Django in debug mode
JINDU_ALLOWED_HOSTS  comma-separated host names (default localhost,127.0.0.1)
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse


def data_dir() -> Path:
    path = Path(os.environ.get("JINDU_DATA_DIR", "var")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_from_url(url: str | None, default_dir: Path) -> dict[str, Any]:
    """Turn a database URL into a Django DATABASES entry.

    >>> database_from_url("postgresql://u:p@db:5433/jindu", Path("/x"))["PORT"]
    '5433'
    """
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(default_dir / "jindu.sqlite3")}
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        # sqlite:///relative.sqlite3 and sqlite:////absolute/path both work.
        name = unquote(parsed.path[1:] if parsed.path.startswith("//") else parsed.path)
        name = name if name.startswith("/") else str(Path(name.lstrip("/")).resolve())
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
    if parsed.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
        }
    raise ValueError(
        f"JINDU_DATABASE_URL: unsupported scheme {parsed.scheme!r} "
        "(use sqlite:///path or postgresql://user:pass@host:port/name)"
    )


def secret_key(directory: Path) -> str:
    if key := os.environ.get("JINDU_SECRET_KEY"):
        return key
    path = directory / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()
