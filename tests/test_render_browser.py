"""The HTML page in a real browser (headless Chromium), when one is installed: clicking a
highlight in the article must lead to its entry in the summary panel."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.samples import harbour_summary

BROWSER = next(
    (b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed")

# Appended to the page: click highlights once loaded and record where each click led.
PROBE = """<script>window.addEventListener("load", function () {
  var seen = [];
  ["mark#t-date-1", "mark#t-speaker-3", "mark#t-qty-2", "mark#t-cue-0"].forEach(function (s) {
    document.querySelector(s).click();
    seen.push(location.hash);
  });
  document.body.setAttribute("data-seen", seen.join(" "));
});</script></body>"""


def test_clicking_a_highlight_shows_its_panel_entry(tmp_path: Path) -> None:
    page = harbour_summary().to_html().replace("</body>", PROBE)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [str(BROWSER), "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
            capture_output=True, text=True, timeout=120, check=True,
        )
    # The date nested inside a quote leads to the date, the speaker and cue to their quote.
    assert 'data-seen="#p-date-1 #p-quote-3 #p-qty-2 #p-quote-0"' in result.stdout
