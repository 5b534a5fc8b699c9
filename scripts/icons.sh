#!/usr/bin/env bash
# Renders docs/icon/clauselens.svg to the toolbar and store icons in public/icon/ with headless Chromium
# (transparent background). Run after editing the drawing; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
cp docs/icon/clauselens.svg "$tmp/icon.svg"
for s in 16 32 48 96 128; do
  printf '<html><body style="margin:0;background:transparent"><img src="icon.svg" width="%s" height="%s" style="display:block"></body></html>' "$s" "$s" > "$tmp/$s.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$s,$s" --screenshot="$PWD/public/icon/$s.png" "file://$tmp/$s.html" >/dev/null 2>&1
done
rm -rf "$tmp"
