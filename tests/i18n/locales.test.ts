import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import en from '@/i18n/locales/en.json';
import vi from '@/i18n/locales/vi.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('the locale files', () => {
  it('have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('have no empty strings', () => {
    const empty = (obj: object): string[] =>
      keys(obj).filter(
        (k) =>
          k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], obj) === '',
      );
    expect(empty(en)).toEqual([]);
    expect(empty(vi)).toEqual([]);
  });
});

describe('the lint rule against untranslated text in components', () => {
  const lint = async (source: string) => {
    const eslint = new ESLint();
    const [result] = await eslint.lintText(source, {
      filePath: 'src/features/reader/components/bad.tsx',
    });
    return result!.messages.filter((m) => m.ruleId === 'i18next/no-literal-string').length;
  };

  it.each([
    ['text in JSX', 'export function A() { return <p>Đọc thêm</p>; }'],
    ['an aria-label', 'export function A() { return <button aria-label="Close">x</button>; }'],
    ['a title', 'export function A() { return <span title="Secretary">x</span>; }'],
    ['an alt text', 'export function A() { return <img alt="Ảnh hội nghị" src="a.png" />; }'],
    ['a placeholder', 'export function A() { return <input placeholder="Search" />; }'],
  ])('fires on %s', async (_, source) => {
    expect(await lint(source)).toBeGreaterThan(0);
  });

  it('lets translated text and class names through', async () => {
    expect(
      await lint(
        "import { t } from 'i18next';\nexport function A() { return <p className=\"lead\" aria-label={t('app.name')}>{t('app.name')}</p>; }",
      ),
    ).toBe(0);
  });
});
