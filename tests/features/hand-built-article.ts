// A small article written by hand for component tests: its people, directives and awards, and every
// range into its text, are set here, so the tests do not depend on what the extractor finds.
import type { Article, Place } from '@/article/schema';
import { summarize } from '@/article/validate';
import { collectionFiles } from '@/testing/collection-files';

const TEXTS = [
  'Ngày 3/2, Bí thư Tỉnh ủy Trần Văn An dự hội nghị tổng kết năm.',
  'Nâng cao trách nhiệm',
  'Đồng chí Trần Văn An yêu cầu các sở phải báo cáo trước ngày 15/2. Bà Lê Thị Bình trao Bằng khen cho 5 tập thể.',
  'Trần Văn An trao Bằng khen cho các tập thể. Ảnh: Phạm Cường',
  'Lắng nghe nhân dân',
  '“Phải lắng nghe nhân dân”, đồng chí Trần Văn An nhấn mạnh, Bí thư Tỉnh ủy đề nghị như vậy.',
  'Ngô Dung',
];

/** The range of the `nth` occurrence of `words` in block `block`. */
export function at(block: number, words: string, nth = 0): Place {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXTS[block]!.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in block ${block}`);
  return { block, start, end: start + words.length };
}

const caption = at(3, 'Trần Văn An trao Bằng khen cho các tập thể.');
const credit = at(3, 'Phạm Cường');

export const handBuilt: Article = {
  schemaVersion: 1,
  slug: 'hand-built',
  title: 'Tỉnh ủy tổng kết năm',
  titleDerived: false,
  lang: 'vi',
  lead: TEXTS[0]!,
  byline: 'Ngô Dung',
  date: '2024-02-03',
  blocks: [
    { id: 'b0', type: 'paragraph', text: TEXTS[0]!, lead: true },
    { id: 'nang-cao-trach-nhiem', type: 'heading', level: 2, text: TEXTS[1]! },
    { id: 'b2', type: 'paragraph', text: TEXTS[2]! },
    {
      id: 'b3',
      type: 'figure',
      text: TEXTS[3]!,
      caption: { start: caption.start, end: caption.end },
      credit: { start: credit.start, end: credit.end },
    },
    { id: 'lang-nghe-nhan-dan', type: 'heading', level: 2, text: TEXTS[4]! },
    { id: 'b5', type: 'quote', text: TEXTS[5]! },
    { id: 'b6', type: 'byline', text: TEXTS[6]! },
  ],
  sections: [
    { id: 'mo-dau', heading: null, headingBlock: null, startBlock: 0, endBlock: 1 },
    { id: 'nang-cao-trach-nhiem', heading: TEXTS[1]!, headingBlock: 1, startBlock: 1, endBlock: 4 },
    { id: 'lang-nghe-nhan-dan', heading: TEXTS[4]!, headingBlock: 4, startBlock: 4, endBlock: 7 },
  ],
  entities: {
    people: [
      {
        id: 'tran-van-an',
        name: 'Trần Văn An',
        roles: [
          { text: 'Bí thư Tỉnh ủy', mentions: [at(0, 'Bí thư Tỉnh ủy'), at(5, 'Bí thư Tỉnh ủy')] },
        ],
        mentions: [
          at(0, 'Trần Văn An'),
          at(2, 'Trần Văn An'),
          at(3, 'Trần Văn An'),
          at(5, 'Trần Văn An'),
        ],
      },
      { id: 'le-thi-binh', name: 'Lê Thị Bình', roles: [], mentions: [at(2, 'Lê Thị Bình')] },
      { id: 'pham-cuong', name: 'Phạm Cường', roles: [], credit: 'photo', mentions: [credit] },
      {
        id: 'ngo-dung',
        name: 'Ngô Dung',
        roles: [],
        credit: 'author',
        mentions: [at(6, 'Ngô Dung')],
      },
    ],
    directives: [
      {
        id: 'd1',
        issuer: 'tran-van-an',
        cue: 'yêu cầu',
        text: 'Đồng chí Trần Văn An yêu cầu các sở phải báo cáo trước ngày 15/2.',
        place: at(2, 'Đồng chí Trần Văn An yêu cầu các sở phải báo cáo trước ngày 15/2.'),
        cuePlace: at(2, 'yêu cầu'),
      },
      {
        id: 'd2',
        issuer: null,
        cue: 'đề nghị',
        text: TEXTS[5]!,
        place: at(5, TEXTS[5]!),
        cuePlace: at(5, 'đề nghị'),
      },
    ],
    awards: [
      {
        id: 'a1',
        name: 'Bằng khen',
        kind: 'Bằng khen',
        recipient: '5 tập thể',
        count: 5,
        presenter: 'le-thi-binh',
        mentions: [at(2, 'Bằng khen'), at(3, 'Bằng khen')],
      },
    ],
  },
};

/** The files the app would fetch for the hand-built article. */
export const handBuiltFiles = (article: Article = handBuilt) => ({
  '/articles/index.json': { schemaVersion: 1, articles: [summarize(article)] },
  [`/articles/${article.slug}.json`]: article,
  ...collectionFiles([article]),
});
