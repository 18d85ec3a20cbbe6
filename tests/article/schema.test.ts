import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Article } from '@/article/schema';
import { checkArticle, describeProblems, formatPath, parseArticleJson } from '@/article/validate';
import { extractArticle } from '@/extract';

const seedText = readFileSync('content/tphcm-to-chuc-xay-dung-dang-2022.txt', 'utf8');
const seed = () => structuredClone(extractArticle(seedText, { slug: 'seed' })) as Article;

/** A small valid article written by hand, with one of each entity. */
function tiny(): Article {
  return {
    schemaVersion: 1,
    slug: 'tiny',
    title: 'Hội nghị thử',
    titleDerived: false,
    lang: 'vi',
    lead: 'Ông Trần Văn An yêu cầu làm ngay.',
    byline: null,
    date: '2024-03-05',
    blocks: [
      { id: 'b0', type: 'paragraph', text: 'Ông Trần Văn An yêu cầu làm ngay.', lead: true },
    ],
    sections: [{ id: 'mo-dau', heading: null, headingBlock: null, startBlock: 0, endBlock: 1 }],
    entities: {
      people: [
        {
          id: 'tran-van-an',
          name: 'Trần Văn An',
          roles: [],
          mentions: [{ block: 0, start: 4, end: 15 }],
        },
      ],
      directives: [
        {
          id: 'd1',
          issuer: 'tran-van-an',
          cue: 'yêu cầu',
          text: 'Ông Trần Văn An yêu cầu làm ngay.',
          place: { block: 0, start: 0, end: 33 },
          cuePlace: { block: 0, start: 16, end: 23 },
        },
      ],
      awards: [],
    },
  };
}

describe('the article schema', () => {
  it("accepts the extractor's output for the seed article", () => {
    const result = checkArticle(seed());
    expect(result.ok ? 'valid' : describeProblems(result.problems)).toBe('valid');
  });

  it('accepts a hand-written article with entities and ranges', () => {
    expect(checkArticle(tiny()).ok).toBe(true);
  });

  it('names the path of a field with the wrong type', () => {
    const article = tiny() as unknown as { entities: { people: { name: unknown }[] } };
    article.entities.people[0]!.name = 42;
    const result = checkArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('entities.people[0].name');
  });

  it('names a missing required field', () => {
    const article: Record<string, unknown> = { ...tiny() };
    delete article.blocks;
    const result = checkArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeProblems(result.problems)).toMatch(/^blocks: /);
  });

  it('rejects a range that runs past the end of its block', () => {
    const article = tiny();
    article.entities.people[0]!.mentions[0]!.end = 999;
    const result = checkArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('entities.people[0].mentions[0]');
  });

  it('accepts a line that credits the photographer, and rejects its names past the line', () => {
    const article = tiny();
    const text = 'Ảnh: Thu Hà';
    article.blocks.push({
      id: 'b1',
      type: 'credit',
      text,
      credit: 'photo',
      names: { start: 5, end: 11 },
    });
    article.sections[0]!.endBlock = 2;
    expect(checkArticle(article).ok).toBe(true);
    article.blocks[1] = {
      id: 'b1',
      type: 'credit',
      text,
      credit: 'photo',
      names: { start: 5, end: 40 },
    };
    const result = checkArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('blocks[1].names');
  });

  it('rejects a figure whose caption or credit runs past its line, naming which', () => {
    const article = tiny();
    const text = 'Quang cảnh hội nghị. Ảnh: Thu Hà';
    const figure = (credit: { start: number; end: number }) => ({
      id: 'b1',
      type: 'figure' as const,
      text,
      caption: { start: 0, end: 19 },
      credit,
    });
    article.sections[0]!.endBlock = 2;
    article.blocks.push(figure({ start: 26, end: 32 }));
    expect(checkArticle(article).ok).toBe(true);
    article.blocks[1] = figure({ start: 26, end: 60 });
    const result = checkArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['blocks[1].credit']);
  });

  it('rejects a directive whose issuer is not a known person', () => {
    const article = tiny();
    article.entities.directives[0]!.issuer = 'nobody';
    const result = checkArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('entities.directives[0].issuer');
  });

  it('rejects an unknown award kind and a wrong schema version', () => {
    const article = tiny() as unknown as Record<string, unknown> & Article;
    article.entities.awards.push({
      id: 'a1',
      name: 'Cúp vàng',
      kind: 'Cúp' as never,
      recipient: null,
      mentions: [],
    });
    (article as { schemaVersion: number }).schemaVersion = 2;
    const result = checkArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toContain('schemaVersion');
      expect(paths).toContain('entities.awards[0].kind');
    }
  });

  it('reports text that is not JSON at the root', () => {
    const result = parseArticleJson('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeProblems(result.problems)).toMatch(/^\(document\): not JSON/);
  });

  it('formats paths with indices in brackets', () => {
    expect(formatPath(['entities', 'people', 3, 'roles', 0])).toBe('entities.people[3].roles[0]');
  });
});
