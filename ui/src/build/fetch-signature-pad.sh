#!/usr/bin/env bash
# Packs signature_pad (MIT) from the npm registry into the web application's static resources (/signature-pad/…):
# the field report's signature fields load it as a plain script, so the application keeps Vaadin's prebuilt frontend
# bundle. Arguments: the npm package spec and the module's build directory. Skips the download when done.
set -euo pipefail
spec="$1"
target="$2"
out="$target/classes/META-INF/resources/signature-pad"
if [ -f "$out/signature_pad.umd.min.js" ]; then
  exit 0
fi
work="$target/signature-pad"
rm -rf "$work"
mkdir -p "$work" "$out"
(cd "$work" && npm pack --silent "$spec" >/dev/null 2>&1 && tar xzf ./*.tgz)
cp "$work/package/dist/signature_pad.umd.min.js" "$out/"
cp "$work/package/LICENSE" "$out/LICENSE.txt"
rm -rf "$work"
