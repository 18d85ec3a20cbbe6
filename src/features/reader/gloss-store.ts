// The gloss of the interface's language for the titles in the article's text. A switch updates the
// titles already on the page in place (not through React, so the article's text is not re-rendered),
// once the interface's new strings are painted: those in view first, the others a few chunks per task,
// so that a switch on an article of thousands of titles costs what its screen does. Not in the switch's
// own task: asking which chunks are in view there made the browser style the whole page (its <html
// lang> just changed) before the frame, 5 ms of a 26 ms switch on the seed and 25 of 45 ms at 5,000
// blocks; after the paint the answer is already known.
import { afterNextPaint } from '@/components/ui/after-next-paint';

type Gloss = (vi: string) => string | null;

/** Chunks of the article updated per background task. */
const CHUNKS_PER_TASK = 8;

function apply(gloss: Gloss, scope: ParentNode) {
  scope.querySelectorAll<HTMLElement>('.role[data-role]').forEach((el) => {
    const g = gloss(el.dataset.role!);
    if (g) {
      el.tabIndex = 0;
      el.dataset.gloss = g;
      el.title = g;
    } else {
      el.removeAttribute('tabindex');
      delete el.dataset.gloss;
      el.removeAttribute('title');
    }
  });
}

/**
 * A chunk whose content the browser skips (content-visibility, out of view) is not on screen. Where
 * the browser cannot tell, every chunk counts as on screen.
 */
function onScreen(chunk: Element): boolean {
  const first = chunk.firstElementChild;
  if (!first || typeof first.checkVisibility !== 'function') return true;
  return first.checkVisibility({ contentVisibilityAuto: true });
}

/** The gloss function of the current language (null for every term in Vietnamese). */
export class GlossStore {
  private gloss: Gloss = () => null;
  private later: ReturnType<typeof setTimeout> | undefined;
  private cancelPaint = () => {};
  readonly get = () => this.gloss;

  /**
   * A new language: titles rendered from now on read `get`; those on the page are updated after the
   * next paint.
   */
  set(gloss: Gloss, root: ParentNode | null) {
    if (gloss === this.gloss) return;
    this.gloss = gloss;
    clearTimeout(this.later);
    this.cancelPaint();
    if (root) this.cancelPaint = afterNextPaint(() => this.update(gloss, root));
  }

  private update(gloss: Gloss, root: ParentNode) {
    const chunks = [...root.querySelectorAll('.chunk')];
    // Titles outside the chunks (none today) and the chunks on screen now; the others after.
    if (chunks.length === 0) return apply(gloss, root);
    const now: Element[] = [];
    const rest: Element[] = [];
    // All seen first, then changed: a change between two checks would make the browser style again.
    for (const chunk of chunks) (onScreen(chunk) ? now : rest).push(chunk);
    now.forEach((chunk) => apply(gloss, chunk));
    const next = () => {
      rest.splice(0, CHUNKS_PER_TASK).forEach((chunk) => apply(gloss, chunk));
      if (rest.length) this.later = setTimeout(next, 0);
    };
    if (rest.length) this.later = setTimeout(next, 0);
  }
}
