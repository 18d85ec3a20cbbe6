// The example in docs/article-json.md must stay a valid article, with ranges that point where it says.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkArticle, describeProblems } from '@/article/validate';

it('the documented example validates and its ranges slice to the words they name', () => {
  const doc = readFileSync('docs/article-json.md', 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(doc);
  expect(block).not.toBeNull();
  const result = checkArticle(JSON.parse(block![1]!));
  expect(result.ok ? 'valid' : describeProblems(result.problems)).toBe('valid');
  if (!result.ok) return;
  const { blocks, entities } = result.value;
  const slice = (p: { block: number; start: number; end: number }) =>
    blocks[p.block]!.text.slice(p.start, p.end);
  const [an] = entities.people;
  expect(slice(an!.mentions[0]!)).toBe('Trần Văn An');
  expect(slice(an!.roles[0]!.mentions[0]!)).toBe('Chủ tịch UBND tỉnh');
  expect(slice(entities.directives[0]!.cuePlace!)).toBe('yêu cầu');
  expect(slice(entities.directives[0]!.place)).toBe(entities.directives[0]!.text);
});
