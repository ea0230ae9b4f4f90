import countries from 'i18n-iso-countries';
import type { Topology, GeometryCollection } from 'topojson-specification';

/**
 * Natural Earth's countries (world-atlas) identify a country by its ISO 3166-1 numeric code;
 * Accord's actors use alpha-3. The map is re-keyed once on the server, so the page ships no
 * code table. Countries without an ISO code (Kosovo, N. Cyprus, Somaliland) keep their name only.
 */
export function worldMapTopology(topology: Topology): Topology {
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const geometries = collection.geometries.map((geometry) => {
    const alpha3 = geometry.id === undefined ? undefined : countries.numericToAlpha3(String(geometry.id));
    const { id: _numeric, ...rest } = geometry;
    return alpha3 ? { ...rest, id: alpha3 } : rest;
  });
  return { ...topology, objects: { countries: { ...collection, geometries } } };
}
