"""`jindu serve` and `jindu demo` really serve pages on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch_when_up(url: str, process: subprocess.Popen[str], seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(
                f"server exited: {process.stdout.read() if process.stdout else ''}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                return str(response.read().decode("utf-8"))
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"no answer from {url}")


@pytest.mark.slow
def test_demo_builds_fresh_data_and_serves_it(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "JINDU_DEMO_DIR": str(tmp_path / "demo")}
    env.pop("JINDU_DATABASE_URL", None)
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "stale.txt").write_text("left from an earlier run")
    process = subprocess.Popen(
        [sys.executable, "-m", "jindu.cli", "demo", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page = fetch_when_up(f"http://127.0.0.1:{port}/accounts/login/", process)
        assert "登录" in page
        assert not (tmp_path / "demo" / "stale.txt").exists()  # a fresh data directory
    finally:
        process.terminate()
        output = process.communicate(timeout=20)[0]
    assert f"http://127.0.0.1:{port}/" in output
    assert "admin" in output and "kgsw" in output  # the demo logins are printed
