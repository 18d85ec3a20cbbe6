// A language switch updates the titles in the article's text in place once the new interface strings
// are painted: those on screen first, the others (in chunks the browser skips as out of view) in the
// tasks after, and only to the last language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossStore } from '@/features/reader';

const english = (vi: string) => (vi === 'Bí thư' ? 'Secretary' : null);
const vietnamese = () => null;

/** Three chunks of one title each; the browser says the second and third are out of view. */
function page() {
  document.body.innerHTML = `<main>${[0, 1, 2]
    .map(
      (i) =>
        `<div class="chunk"><p data-block="${i}"><span class="role" data-role="Bí thư">Bí thư</span></p></div>`,
    )
    .join('')}</main>`;
  // jsdom lays nothing out: the browser's answer for each chunk's content is given here.
  Object.defineProperty(Element.prototype, 'checkVisibility', {
    configurable: true,
    value(this: Element) {
      return this.getAttribute('data-block') === '0';
    },
  });
  return [...document.querySelectorAll<HTMLElement>('.role')];
}

afterEach(() => {
  delete (Element.prototype as Partial<Element>).checkVisibility;
  vi.useRealTimers();
});

describe('the glosses of the titles in the text', () => {
  it('are set on screen after the next paint and elsewhere just after', () => {
    vi.useFakeTimers();
    const [shown, ...hidden] = page();
    const store = new GlossStore();
    store.set(english, document.querySelector('main'));
    // A title rendered from now on is glossed as it is rendered.
    expect(store.get()('Bí thư')).toBe('Secretary');
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextTimer();
    expect(shown).toHaveAttribute('title', 'Secretary');
    expect(shown).toHaveAttribute('tabindex', '0');
    for (const el of hidden) expect(el).not.toHaveAttribute('title');
    vi.runAllTimers();
    for (const el of hidden) expect(el).toHaveAttribute('data-gloss', 'Secretary');
  });

  it('end in the last language chosen when switched twice in a row', () => {
    vi.useFakeTimers();
    const roles = page();
    const store = new GlossStore();
    store.set(english, document.querySelector('main'));
    store.set(vietnamese, document.querySelector('main'));
    vi.runAllTimers();
    for (const el of roles) {
      expect(el).not.toHaveAttribute('title');
      expect(el).not.toHaveAttribute('tabindex');
    }
    expect(store.get()('Bí thư')).toBeNull();
  });
});
