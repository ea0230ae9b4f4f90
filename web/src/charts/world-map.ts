import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { getJson } from '../api.ts';
import { h, s } from '../dom.ts';

/** A country's value on the map, and where a click on it leads. */
export interface CountryShade {
  country: string;
  value: number;
  label: string;
  href: string;
}

const WIDTH = 960;
const HEIGHT = 470;
/** Light to dark; the darkest reads white text, the lightest is still apart from the no-data grey. */
const STEPS = ['#a9cce8', '#7fb3dc', '#4f93cb', '#2c6fb0', '#0b4a8b'];

let world: Promise<Topology> | undefined;

/**
 * Natural Earth's countries (shipped with the page, keyed by ISO alpha-3 on the server) shaded by
 * value in five steps; a shaded country is a link (its dyad), so the keyboard reaches it as well.
 */
export async function worldMap(shades: readonly CountryShade[], title: string, highlight?: string): Promise<HTMLElement> {
  world ??= getJson<Topology>('/explorer/world.json');
  const topology = await world;
  const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name?: string } | null>);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);
  const byCountry = new Map(shades.map((shade) => [shade.country, shade]));
  const max = Math.max(1, ...shades.map((shade) => shade.value));
  const step = (value: number) => STEPS[Math.min(STEPS.length - 1, Math.floor((value / max) * (STEPS.length - 1) + 0.0001))]!;

  const shapes = countries.features.map((country) => {
    const d = path(country) ?? '';
    const id = typeof country.id === 'string' ? country.id : undefined;
    const shade = id ? byCountry.get(id) : undefined;
    const name = country.properties?.name ?? id ?? '';
    if (id && id === highlight) return s('path', { d, class: 'country country-self' }, s('title', {}, `${name} (this actor)`));
    if (!shade) return s('path', { d, class: 'country', 'aria-hidden': 'true' });
    const shape = s('path', { d, class: 'country country-shaded' }, s('title', {}, `${name}: ${shade.label}`));
    shape.style.fill = step(shade.value);
    return s('a', { href: shade.href, 'aria-label': `${name}: ${shade.label}`, class: 'country-link' }, shape);
  });
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'map', role: 'group', 'aria-label': title }, shapes);
  const notOnMap = shades.filter((shade) => !countries.features.some((country) => country.id === shade.country));
  return h(
    'figure',
    { class: 'map-figure' },
    svg,
    h(
      'figcaption',
      { class: 'legend' },
      STEPS.map((colour, index) => {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = colour;
        return h('span', { class: 'legend-item' }, swatch, index === 0 ? 'fewest' : index === STEPS.length - 1 ? `most (${max})` : '');
      }),
      notOnMap.length > 0 ? h('span', {}, `Not on the map: ${notOnMap.map((shade) => `${shade.country} (${shade.value})`).join(', ')}.`) : null,
    ),
  );
}
