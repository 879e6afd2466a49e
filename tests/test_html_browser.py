"""The HTML report of the samples in a real browser (headless Chromium).

CI installs Debian's chromium in .ci/run; on a developer machine without it the test is
skipped, but never in CI (CI=true), where a missing browser fails the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from eventfacts.ingest import source_texts
from eventfacts.records import EventRecord
from eventfacts.views import record_html

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run should have installed it")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def test_report_of_the_samples_renders_in_chromium(sample_record: EventRecord, tmp_path: Path) -> None:
    browser = _browser()
    texts = source_texts((s.id, s.path) for s in sample_record.sources)
    page = tmp_path / "report.html"
    page.write_text(record_html(sample_record, texts), encoding="utf-8")
    common = [browser, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert "2021-11-07" in dom  # the event date
    assert "sources disagree on the number of security guards injured" in dom  # a conflict
    assert 'class="quote"' in dom and "I am fine and among my people" in dom  # a highlighted quote
    assert 'class="dropped"' in dom and "dropped: caption or photo credit" in dom
    shot = tmp_path / "report.png"
    subprocess.run(
        [*common, f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    assert shot.stat().st_size > 10_000
