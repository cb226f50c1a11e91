#!/usr/bin/env bash
# Puts axe-core's axe.min.js from the npm registry on the test classpath, for the browser journeys'
# accessibility checks. Arguments: the npm package spec and the module's build directory.
# Skips the download when done.
set -euo pipefail
spec="$1"
target="$2"
out="$target/test-classes/axe"
if [ -f "$out/axe.min.js" ] && [ -f "$out/$spec.version" ]; then
  exit 0
fi
work="$target/axe-core"
rm -rf "$work"
mkdir -p "$work" "$out"
(cd "$work" && npm pack --silent "$spec" >/dev/null 2>&1 && tar xzf ./*.tgz)
cp "$work/package/axe.min.js" "$out/axe.min.js"
cp "$work/package/LICENSE" "$out/axe-core-LICENSE.txt"
rm -f "$out"/*.version
touch "$out/$spec.version"
