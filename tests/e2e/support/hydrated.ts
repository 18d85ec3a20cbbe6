// Waits until React has taken over the node `selector` names. A pre-rendered page shows its text (and
// its buttons) before its code runs; a test that clicks must wait for the code, as a reader on a slow
// phone waits for the page to respond. React marks each node it manages with a `__reactFiber…` key.
import type { Page } from 'playwright-core';

export async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((s) => {
    const node = document.querySelector(s);
    return node !== null && Object.keys(node).some((key) => key.startsWith('__reactFiber'));
  }, selector);
}
