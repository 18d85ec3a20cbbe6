// The people of articles imported in the browser beside the collection's (src/collection/people/local.ts):
// the same rule decides who is whom, and a person's page carries both, imported items marked.
import { describe, expect, it } from 'vitest';
import { buildCollection } from '@/collection/build';
import { matchPerson, peopleOfArticles, withLocal } from '@/collection/people/local';
import { personDetailSchema, type PersonDetail } from '@/collection/schema';
import { extractArticle } from '@/extract';

const article = (slug: string, text: string) => extractArticle(text, { slug });

const collection = [
  article(
    'cau-moi',
    'Ngày 2/4/2024, Chủ tịch UBND tỉnh Phú Yên Lương Văn Tâm yêu cầu sửa cầu trước mùa mưa.\n\nCầu đã cũ.\n',
  ),
  article(
    'truong-hoc',
    'Ngày 9/4/2024, Chủ tịch UBND tỉnh Kon Tum Lương Văn Tâm đề nghị xây thêm trường học.\n\nHọc sinh đông.\n',
  ),
];
const files = buildCollection(collection.map((a) => ({ article: a })));
const person = (key: string): PersonDetail =>
  personDetailSchema.parse(JSON.parse(files.get(`person/${key}.json`)!));
const namesakes = [person('luong-van-tam'), person('luong-van-tam-2')];

describe('people of imported articles', () => {
  it('is the collection person whose office fits, among namesakes', () => {
    const [mine] = peopleOfArticles([
      article(
        'de-bien',
        'Ngày 5/6/2024, Chủ tịch UBND tỉnh Kon Tum Lương Văn Tâm kiểm tra đê.\n\nĐê vững.\n',
      ),
    ]);
    const kontum = namesakes.find((p) => p.role?.includes('Kon Tum'))!;
    expect(matchPerson(mine!, namesakes)).toBe(kontum.key);
  });

  it('stays apart when the office fits no one, or when it fits several (no guess)', () => {
    const [other] = peopleOfArticles([
      article(
        'lua',
        'Ngày 5/6/2024, Bộ trưởng Bộ Y tế Lương Văn Tâm thăm bệnh viện.\n\nBệnh viện mới.\n',
      ),
    ]);
    expect(matchPerson(other!, namesakes)).toBeNull();
    const [bare] = peopleOfArticles([
      article('hop', 'Ngày 5/6/2024, ông Lương Văn Tâm dự họp.\n\nCuộc họp ngắn.\n'),
    ]);
    expect(bare!.roles).toEqual([]);
    expect(matchPerson(bare!, namesakes)).toBeNull();
    expect(matchPerson(bare!, [namesakes[0]!])).toBe(namesakes[0]!.key);
  });

  it("puts imported items on the collection person's page in date order, marked local", () => {
    const [mine] = peopleOfArticles([
      article(
        'de-bien',
        'Ngày 5/6/2024, Chủ tịch UBND tỉnh Kon Tum Lương Văn Tâm yêu cầu gia cố đê.\n\nĐê vững.\n',
      ),
    ]);
    const kontum = namesakes.find((p) => p.role?.includes('Kon Tum'))!;
    const shown = withLocal(kontum, [mine!]);
    expect(shown.key).toBe(kontum.key);
    expect(shown.articles.map((a) => [a.slug, Boolean(a.local)])).toEqual([
      ['truong-hoc', false],
      ['de-bien', true],
    ]);
    expect(shown.directives.at(-1)).toMatchObject({ slug: 'de-bien', local: true });
    const role = shown.roles.find((r) => r.text === 'Chủ tịch UBND tỉnh Kon Tum')!;
    expect(role).toMatchObject({ articles: 2, first: '2024-04-09', last: '2024-06-05' });
  });
});
