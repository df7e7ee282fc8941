#!/bin/bash
# Regenerates fonts/ from the Debian 12 font packages named in fonts/manifest.toml.
# The CJK collection (19 MB, five regional faces) is cut down to its Traditional Chinese face
# (collection index 3, "Noto Sans CJK TC") and to the characters the kiosk can show: Big5 level 1
# (the 5,401 common Traditional hanzi), CJK punctuation and full-width forms, ASCII, plus every
# character used in content/ and locales/. A test (tests/text/shipped_glyphs_test) proves that no
# shipped string lacks a glyph; rerun this script after adding text that fails it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
noto=/usr/share/fonts/truetype/noto
cjk=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
install -m 0644 /usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf "$repo/fonts/"
for f in NotoSans-Regular NotoSansBengali-Regular NotoNastaliqUrdu-Regular NotoNaskhArabic-Regular; do
  install -m 0644 "$noto/$f.ttf" "$repo/fonts/$f.ttf"
done
chars="$(mktemp)"
trap 'rm -f "$chars"' EXIT
python3 - "$repo" > "$chars" <<'PY'
import sys, pathlib
repo = pathlib.Path(sys.argv[1])
cps = set(range(0x20, 0x7f)) | set(range(0x3000, 0x3040)) | set(range(0xff00, 0xfff0))
cps |= set(range(0x2000, 0x2070))  # general punctuation (dashes, quotes, ellipsis)
for lead in range(0xa4, 0xc7):     # Big5 level 1: lead bytes A4..C6
    for trail in list(range(0x40, 0x7f)) + list(range(0xa1, 0xff)):
        try:
            cps.update(ord(c) for c in bytes([lead, trail]).decode("big5"))
        except UnicodeDecodeError:
            pass
for folder in ("content", "locales"):
    for path in (repo / folder).rglob("*"):
        if path.is_file() and path.suffix in (".md", ".toml", ".json", ".txt"):
            cps.update(ord(c) for c in path.read_text(encoding="utf-8", errors="replace"))
print(",".join("%04X" % c for c in sorted(cps) if c > 0x1f))
PY
hb-subset --face-index=3 --unicodes-file="$chars" --output-file="$repo/fonts/NotoSansCJKtc-Regular-subset.otf" "$cjk"
ls -l "$repo/fonts"
