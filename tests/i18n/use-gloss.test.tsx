// The glossary prepared in the background while the interface is in Vietnamese: the first render in
// English then glosses at once, instead of rendering the Vietnamese alone while the glossary loads.
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { glossTerm } from '@/i18n/glossary';
import { prepareGloss, useGloss } from '@/i18n/glossary/use-gloss';

const TITLE = 'Bí thư Thành ủy';

describe('the glossary prepared in the background', () => {
  it('glosses the first render in English, and nothing in Vietnamese', async () => {
    await prepareGloss(() => [TITLE]).done;
    const english = renderHook(() => useGloss(true));
    expect(glossTerm(TITLE)).not.toBeNull();
    expect(english.result.current(TITLE)).toBe(glossTerm(TITLE));
    const vietnamese = renderHook(() => useGloss(false));
    expect(vietnamese.result.current(TITLE)).toBeNull();
  });
});
