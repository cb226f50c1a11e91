#!/usr/bin/env bash
# Packs Leaflet (BSD-2-Clause) from the npm registry into the web application's static resources (/leaflet/…):
# the spectrum map loads it as a plain script, so the application keeps Vaadin's prebuilt frontend bundle.
# Arguments: the npm package spec and the module's build directory. Skips the download when done.
set -euo pipefail
spec="$1"
target="$2"
out="$target/classes/META-INF/resources/leaflet"
if [ -f "$out/leaflet.js" ] && [ -f "$out/leaflet.css" ]; then
  exit 0
fi
work="$target/leaflet"
rm -rf "$work"
mkdir -p "$work" "$out"
(cd "$work" && npm pack --silent "$spec" >/dev/null 2>&1 && tar xzf ./*.tgz)
cp "$work/package/dist/leaflet.js" "$work/package/dist/leaflet.css" "$out/"
cp -r "$work/package/dist/images" "$out/"
cp "$work/package/LICENSE" "$out/LICENSE.txt"
rm -rf "$work"
