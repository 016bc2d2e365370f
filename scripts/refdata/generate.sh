#!/bin/sh
# Regenerates reference/countries.json, reference/regions.json and
# reference/SOURCES.md. Needs Node.js (npm) and Debian's iso-codes package
# (apt-get install -y iso-codes). Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
iso=${ISO_3166_1_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}
if [ ! -r "$iso" ]; then
	echo "refdata: $iso not found; install Debian's iso-codes package (apt-get install -y iso-codes) or set ISO_3166_1_JSON" >&2
	exit 1
fi
npm ci --prefix "$here" --no-audit --no-fund >&2
node "$here/generate.mjs" "$repo/reference"
