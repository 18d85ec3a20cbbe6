// The browser a test file drives: launched once before its tests, a fresh context for each test that
// asks for one, closed after that test whatever happened, with a screenshot under artifacts/ when the
// test failed (for whoever reads the CI log).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { close, DESKTOP, launch, screenshotOnFailure } from './browser';

export interface Session {
  /** The file's browser (launched in beforeAll). */
  readonly browser: Browser;
  /** The current test's context and page; `open` makes them. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** A new context with `options`, made ready by `prepare` (routes, init scripts), and its first page. */
  open(
    options?: BrowserContextOptions,
    prepare?: (context: BrowserContext) => Promise<unknown>,
  ): Promise<Page>;
  /** Runs `run` on a page of its own (a journey), closed and screenshotted like any test's. */
  journey(options?: BrowserContextOptions): (run: (page: Page) => Promise<void>) => Promise<void>;
}

/** Registers the file's hooks; call once at the top level of a test file. */
export function browserSession(setup?: () => unknown): Session {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const missing = (what: string): never => {
    throw new Error(`no ${what}: call session.open() in the test first`);
  };

  beforeAll(async () => {
    await setup?.();
    browser = await launch();
  }, 120_000);
  afterAll(() => close(browser));
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await screenshotOnFailure(page, ctx.task.name);
    await context?.close();
    context = undefined;
    page = undefined;
  });

  const session: Session = {
    get browser() {
      return browser ?? missing('browser');
    },
    get context() {
      return context ?? missing('context');
    },
    get page() {
      return page ?? missing('page');
    },
    async open(options = DESKTOP, prepare) {
      await context?.close();
      context = await session.browser.newContext(options);
      await prepare?.(context);
      page = await context.newPage();
      return page;
    },
    journey: (options) => async (run) => run(await session.open(options)),
  };
  return session;
}
