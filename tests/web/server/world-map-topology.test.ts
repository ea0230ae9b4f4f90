import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { worldMapTopology } from '../../../web/server/world-map-topology.ts';

const require = createRequire(import.meta.url);

describe('the world map the page ships', () => {
  it('names countries by ISO alpha-3, as Accord’s actors do; shapes without an ISO code keep their name only', async () => {
    const source = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
    const countries = (worldMapTopology(source).objects.countries as GeometryCollection<{ name: string }>).geometries;
    const byName = new Map(
      countries.map((country) => [(country.properties ?? {}) as { name?: string }, country.id] as const).map(([properties, id]) => [properties.name, id]),
    );
    expect(byName.get('South Korea')).toBe('KOR');
    expect(byName.get('North Korea')).toBe('PRK');
    expect(byName.get('China')).toBe('CHN');
    expect(byName.get('United States of America')).toBe('USA');
    expect(byName.get('Kosovo')).toBeUndefined();
    expect(countries).toHaveLength((source.objects.countries as GeometryCollection).geometries.length);
    expect(countries.filter((country) => typeof country.id === 'string' && !/^[A-Z]{3}$/.test(country.id))).toEqual([]);
  });
});
