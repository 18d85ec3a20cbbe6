// The pre-rendered pages as the build writes them (src/entry-server.tsx, scripts/vite/prerender.ts):
// the article's text, title and section anchors are in the HTML itself, in Vietnamese, with nothing
// the Content-Security-Policy would refuse.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../config/csp';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillFrame, pageFrame } from '../../scripts/vite/prerender';
import { renderPage, type ReadArticlesFile } from '../../src/entry-server';
import { handBuilt, handBuiltFiles } from '../features/hand-built-article';
import vi from '../../src/i18n/locales/vi.json';

const files = handBuiltFiles() as Record<string, unknown>;
const read: ReadArticlesFile = (path) => {
  const file = files[`/articles/${path}`];
  return file === undefined ? null : typeof file === 'string' ? file : JSON.stringify(file);
};
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('a pre-rendered reader page', () => {
  it('holds the whole article, its contents linking to its sections, and its sidebar', async () => {
    const { html, title } = await renderPage(`/a/${handBuilt.slug}`, read);
    expect(title).toBe(`${handBuilt.title} — docbao`);
    expect(html).toContain(`<h1 id="article-title" tabindex="-1">${handBuilt.title}</h1>`);
    const text = html.replace(/<[^>]+>/g, '');
    for (const block of handBuilt.blocks) expect(text).toContain(block.text);
    for (const section of handBuilt.sections.filter((s) => s.heading)) {
      expect(html).toContain(`href="#${section.id}"`);
      expect(html).toMatch(new RegExp(`<h2[^>]* id="${section.id}"`));
    }
    // In Vietnamese, whatever the machine's language; the sidebar rendered, not its fallback.
    expect(html).toContain(escaped(vi.toc.label));
    expect(html).toContain(escaped(vi.entities.label));
    expect(html).not.toContain(escaped(vi.entities.loading));
  });

  it('holds every block of a long article, not only the first chunk the browser paints', async () => {
    const extra = Array.from({ length: 250 }, (_, i) => ({
      id: `p${i}`,
      type: 'paragraph' as const,
      text: `Đoạn thêm số ${i + 1} của bài dài.`,
    }));
    const long = { ...handBuilt, slug: 'long', blocks: [...handBuilt.blocks, ...extra] };
    const longFiles = handBuiltFiles(long) as Record<string, unknown>;
    const { html } = await renderPage('/a/long', (path) => {
      const file = longFiles[`/articles/${path}`];
      return file === undefined ? null : JSON.stringify(file);
    });
    expect(html).toContain('Đoạn thêm số 1 của bài dài.');
    expect(html).toContain('Đoạn thêm số 250 của bài dài.');
  });

  it('carries no inline script and no style attribute', async () => {
    const { html } = await renderPage(`/a/${handBuilt.slug}`, read);
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/ style="/);
  });

  it('refuses an article that does not exist rather than write an error page', async () => {
    await expect(renderPage('/a/nowhere', read)).rejects.toThrow(/nowhere/);
  });
});

describe('the page around it', () => {
  const frame = `<html><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([])}" /><title>docbao</title></head><body><div id="root">
      <div class="boot-bar">docbao</div>
    </div></body></html>`;

  it('replaces the frame with the page and names the path it was rendered for', () => {
    const page = fillFrame(frame, '/a/x', { html: '<main>text</main>', title: 'A & B — docbao' });
    expect(page).toContain('<title>A &amp; B — docbao</title>');
    expect(page).toContain('<div id="root" data-prerendered="/a/x"><main>text</main></div>');
    expect(page).not.toContain('boot-bar');
  });

  it('inlines every stylesheet and names each by a disabled link, so the app never loads one again', () => {
    const out = mkdtempSync(join(tmpdir(), 'docbao-frame-'));
    mkdirSync(join(out, 'assets'));
    writeFileSync(join(out, 'assets', 'index-a.css'), 'body{margin:0}');
    writeFileSync(join(out, 'assets', 'sidebar-b.css'), '.aside{color:red}');
    const shell = frame.replace(
      '</head>',
      '<link rel="stylesheet" crossorigin href="/assets/index-a.css"></head>',
    );
    const page = pageFrame(shell, out);
    expect(page).toContain('<style>body{margin:0}\n.aside{color:red}</style>');
    const links = page.match(/<link[^>]*>/g) ?? [];
    expect(links).toEqual([
      '<link rel="stylesheet" href="/assets/index-a.css" disabled>',
      '<link rel="stylesheet" href="/assets/sidebar-b.css" disabled>',
    ]);
  });
});
