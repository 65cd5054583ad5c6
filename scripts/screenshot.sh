#!/usr/bin/env bash
# Render the example article's summary as HTML and take a headless-Chromium screenshot of
# it for the documentation: docs/img/summary-page.png (and the page itself, for a look).
#
#   scripts/screenshot.sh [ARTICLE.txt PUBLISHED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
article="${1:-$root/examples/israel-housing-protests.txt}"
published="${2:-2011-07-24}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"

PYTHONPATH="$root/src" python3 - "$article" "$published" "$work/summary.html" <<'PY'
import sys
from pathlib import Path

import newsstruct

article, published, out = sys.argv[1:]
text = Path(article).read_text("utf-8")
summary = newsstruct.summarize(text, published=published, title=text.splitlines()[0])
Path(out).write_text(summary.to_html(), encoding="utf-8")
PY

mkdir -p "$root/docs/img"
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$work/profile" --hide-scrollbars \
    --screenshot="$root/docs/img/summary-page.png" --window-size=1400,1000 \
    "file://$work/summary.html" 2>/dev/null
echo "screenshot: docs/img/summary-page.png"
