// English glosses of Vietnamese titles, bodies and honours, composed from parts (head + body + place,
// order + class, certificate + giver) so that combinations never listed still gloss. A term that cannot
// be rendered whole returns null: the interface then shows the Vietnamese alone, never a partial guess.
import { expandAbbreviations } from './abbreviations';
import { glossAward } from './award';
import { parseBody } from './body';
import { fullPlace, parsePlace } from './place';
import { normalize } from './text';
import { glossTitle } from './title';

// The sidebar asks for the same few terms on every render and every keystroke of its filter.
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 5000;

/** The English gloss of a Vietnamese title, body, honour or place, or null when there is none. */
export function glossTerm(vietnamese: string): string | null {
  const known = cache.get(vietnamese);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const en = compose(vietnamese);
  cache.set(vietnamese, en);
  return en;
}

function compose(vietnamese: string): string | null {
  const term = expandAbbreviations(normalize(vietnamese));
  if (!term) return null;
  const place = parsePlace(term);
  return (
    glossAward(term) ??
    glossTitle(term) ??
    parseBody(term)?.en ??
    (place?.name ? fullPlace(place) + place.within : null)
  );
}
