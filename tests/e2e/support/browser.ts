// Debian's Chromium, headless, with the flags this machine needs and a fresh profile every launch.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright gives every launch a fresh, empty profile directory of its own. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export async function close(browser: Browser | undefined) {
  await browser?.close();
}

// The service worker is blocked except in the offline journey, so that every other test sees the
// network (and its routes) directly, as on a first visit.
export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  locale: 'vi-VN',
  serviceWorkers: 'block',
};
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'vi-VN',
  serviceWorkers: 'block',
};

/** Saves a screenshot of a failing page under artifacts/ for whoever reads the CI log. */
export async function screenshotOnFailure(page: Page | undefined, name: string) {
  if (!page) return;
  mkdirSync('artifacts', { recursive: true });
  await page
    .screenshot({
      path: join('artifacts', `${name.replace(/[^a-z0-9]+/gi, '-')}.png`),
      fullPage: true,
    })
    .catch(() => {});
}
