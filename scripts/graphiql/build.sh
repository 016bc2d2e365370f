#!/usr/bin/env bash
# Copies the UMD builds of GraphiQL and React from npm into server/graphiql/, where the Go
# server embeds them: the GraphQL IDE then needs nothing from a CDN. Run by `make graphiql`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out="$here/../../server/graphiql"
npm ci --prefix "$here" --no-audit --no-fund --silent
mkdir -p "$out"
cp "$here/node_modules/react/umd/react.production.min.js" "$out/react.production.min.js"
cp "$here/node_modules/react-dom/umd/react-dom.production.min.js" "$out/react-dom.production.min.js"
cp "$here/node_modules/graphiql/graphiql.min.js" "$out/graphiql.min.js"
cp "$here/node_modules/graphiql/graphiql.min.css" "$out/graphiql.min.css"
echo "graphiql assets written to server/graphiql/"
