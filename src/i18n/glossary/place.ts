// Places in titles: `tỉnh Quảng Trị`, `TP Hà Nội`, `huyện Đăk Hà`, `Quận 1`, `xã Tân An, huyện Hàm Yên`,
// `thôn Phú Xuân`.
// The province and city names come from one table; a district, commune or ward is any proper name
// after its level word, kept as written.
import { CITIES, COUNTRIES, PROVINCES } from './provinces';
import { after, isProperName, Table } from './text';

export type Level =
  | 'country'
  | 'province'
  | 'city'
  | 'provincial-city'
  | 'district'
  | 'town'
  | 'commune'
  | 'ward'
  | 'township'
  | 'village'
  | 'hamlet';

export interface Place {
  level: Level;
  /** The English name with its level where English puts one (`Tiên Phước District`), or null. */
  name: string | null;
  /** Further places that locate the first (`, Tiên Phước District, Quảng Nam Province`). */
  within: string;
}

const PROVINCE_TABLE = new Table(PROVINCES);
const CITY_TABLE = new Table(CITIES);
const COUNTRY_TABLE = new Table(COUNTRIES);

// Level words, longest first; `quận`/`huyện` are both districts in English.
const LEVELS: [string, Level, string][] = [
  ['thành phố', 'provincial-city', 'City'],
  ['thị xã', 'town', 'Town'],
  ['thị trấn', 'township', 'Township'],
  ['quận', 'district', 'District'],
  ['huyện', 'district', 'District'],
  ['phường', 'ward', 'Ward'],
  ['xã', 'commune', 'Commune'],
  // Below the commune: a village (thôn; bản in the uplands) or a hamlet (ấp, in the south). Not `buôn`:
  // it begins town names too (Buôn Ma Thuột).
  ['thôn', 'village', 'Village'],
  ['bản', 'village', 'Village'],
  ['ấp', 'hamlet', 'Hamlet'],
];

/** A place named without its level word: a province, a centrally-run city or a country. */
function bareName(text: string): Place | null {
  const city = CITY_TABLE.exact(text);
  if (city) return { level: 'city', name: city, within: '' };
  const province = PROVINCE_TABLE.exact(text);
  if (province) return { level: 'province', name: province, within: '' };
  const country = COUNTRY_TABLE.exact(text);
  if (country) return { level: 'country', name: country, within: '' };
  return null;
}

/** One place, with or without its level word; `này` ("this") refers back to a place named before. */
function onePlace(text: string): Place | null {
  const province = after(text, 'tỉnh');
  if (province !== null) {
    if (!province || province === 'này') return { level: 'province', name: null, within: '' };
    const name = PROVINCE_TABLE.exact(province);
    return name ? { level: 'province', name, within: '' } : null;
  }
  for (const [word, level, noun] of LEVELS) {
    const rest = after(text, word);
    if (rest === null) continue;
    if (!rest || rest === 'này') return { level, name: null, within: '' };
    if (level === 'provincial-city') {
      const city = CITY_TABLE.exact(rest);
      if (city) return { level: 'city', name: city, within: '' };
    }
    if (!isProperName(rest)) return null;
    // `Quận 1` is District 1; `huyện Đăk Hà` is Đăk Hà District.
    return { level, name: /^\d+$/u.test(rest) ? `${noun} ${rest}` : `${rest} ${noun}`, within: '' };
  }
  return bareName(text);
}

/** A place, possibly followed by the places it lies in, separated by commas. */
export function parsePlace(text: string): Place | null {
  const [first, ...rest] = text.split(', ');
  const place = onePlace(first!);
  if (!place) return null;
  const within: string[] = [];
  for (const part of rest) {
    const p = onePlace(part);
    if (!p || !p.name) return null;
    within.push(fullPlace(p));
  }
  return { ...place, within: within.map((w) => `, ${w}`).join('') };
}

/** The place before a body's name: `Quảng Trị Provincial`, `Hanoi`, `Đăk Hà District`. */
export function attributive(place: Place): string {
  if (place.level === 'province') return place.name ? `${place.name} Provincial` : 'Provincial';
  if (place.name) return place.name;
  return place.level === 'city' ? 'City' : LEVELS.find(([, l]) => l === place.level)![2];
}

/** The place on its own: `Quảng Trị Province`, `Hanoi`, `Tân An Commune`. */
export function fullPlace(place: Place): string {
  if (place.level === 'province' && place.name) return `${place.name} Province`;
  return attributive(place);
}
