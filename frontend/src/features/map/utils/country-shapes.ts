// Country outlines from world-atlas (Natural Earth 1:110m, bundled: no tile or CDN request),
// keyed by ISO 3166-1 alpha-3 via the committed table data/country-codes.json.
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import codes from '../data/country-codes.json';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export type CountryShape = { code: string; name: string; d: string };

type Props = { name: string };

export function alpha3For(numericId: string | number | undefined, name: string): string | undefined {
  if (numericId !== undefined && numericId !== null) {
    const key = String(numericId).padStart(3, '0');
    const c = (codes.byNumeric as Record<string, string>)[key];
    if (c) return c;
  }
  return (codes.byName as Record<string, string>)[name];
}

let cache: CountryShape[] | undefined;

export function countryShapes(): CountryShape[] {
  if (cache) return cache;
  const topo = atlas as unknown as Topology<{ countries: GeometryCollection<Props> }>;
  const fc = feature(topo, topo.objects.countries) as unknown as {
    features: Feature<Geometry, Props>[];
  };
  const features = fc.features.filter((f) => f.properties.name !== 'Antarctica');
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: 'FeatureCollection',
    features,
  });
  const path = geoPath(projection);
  cache = features
    .map((f) => ({
      code: alpha3For(f.id, f.properties.name) ?? '',
      name: f.properties.name,
      d: path(f) ?? '',
    }))
    .filter((s) => s.code && s.d)
    .sort((a, b) => a.name.localeCompare(b.name));
  return cache;
}
