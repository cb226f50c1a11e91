#!/usr/bin/env bash
# Packs the Noto Sans Lao TTF files from the npm registry into the domain jar's resources.
# Arguments: the npm package spec and the module's build directory. Skips the download when done.
set -euo pipefail
spec="$1"
target="$2"
out="$target/classes/META-INF/resources/fonts"
if [ -f "$out/NotoSansLao-Regular.ttf" ] && [ -f "$out/NotoSansLao-Bold.ttf" ]; then
  exit 0
fi
work="$target/lao-font"
rm -rf "$work"
mkdir -p "$work" "$out"
(cd "$work" && npm pack --silent "$spec" >/dev/null 2>&1 && tar xzf ./*.tgz)
cp "$work/package/400Regular/NotoSansLao_400Regular.ttf" "$out/NotoSansLao-Regular.ttf"
cp "$work/package/700Bold/NotoSansLao_700Bold.ttf" "$out/NotoSansLao-Bold.ttf"
cp "$work/package/LICENSE_FONT" "$out/NotoSansLao-LICENSE.txt"
