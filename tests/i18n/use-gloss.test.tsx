// The glossary loads only when English is on (the Vietnamese reader never downloads it); once it has
// been loaded, terms prepared in the background are glossed on the first render in English.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { glossTerm } from '@/i18n/glossary';
import { prepareGloss, useGloss } from '@/i18n/glossary/use-gloss';

const TITLE = 'Bí thư Thành ủy';

describe('the glossary, loaded when English is on', () => {
  it('is not loaded by preparing terms in Vietnamese: English first renders the Vietnamese alone', async () => {
    await prepareGloss(() => [TITLE]).done;
    const english = renderHook(() => useGloss(true));
    expect(english.result.current(TITLE)).toBeNull();
    await waitFor(() => expect(english.result.current(TITLE)).toBe(glossTerm(TITLE)));
  });

  it('once loaded, glosses the first render in English, and nothing in Vietnamese', async () => {
    await prepareGloss(() => [TITLE]).done;
    const english = renderHook(() => useGloss(true));
    expect(glossTerm(TITLE)).not.toBeNull();
    expect(english.result.current(TITLE)).toBe(glossTerm(TITLE));
    const vietnamese = renderHook(() => useGloss(false));
    expect(vietnamese.result.current(TITLE)).toBeNull();
  });
});
