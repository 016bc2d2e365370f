// Writes src/features/map/data/country-codes.json: ISO 3166-1 numeric → alpha-3, taken from the
// npm package i18n-iso-countries (its codes.json), for the ids used by world-atlas's TopoJSON.
// world-atlas 110m leaves three shapes without a numeric id; they are matched by name:
// Kosovo → XKX (Concord's code), Somaliland → SOM, N. Cyprus → CYP.
// Run: node scripts/gen-country-codes.mjs (the output is committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const { version } = require('i18n-iso-countries/package.json');
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));

const byNumeric = {};
for (const numeric of Object.keys(countries.getNumericCodes()).sort()) {
  byNumeric[numeric] = countries.numericToAlpha3(numeric);
}
const byName = { Kosovo: 'XKX', Somaliland: 'SOM', 'N. Cyprus': 'CYP' };
for (const g of atlas.objects.countries.geometries) {
  if (!(g.id ? byNumeric[g.id] : byName[g.properties.name])) {
    throw new Error(`no alpha-3 code for ${g.id} ${g.properties.name}`);
  }
}
const out = { source: `i18n-iso-countries@${version}`, byNumeric, byName };
writeFileSync('src/features/map/data/country-codes.json', JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${Object.keys(byNumeric).length} codes`);
