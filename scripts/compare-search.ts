// npm run compare:search [-- N]: MiniSearch, FlexSearch and Orama on the same synthetic collection
// (N articles, default 5,000): index size (JSON, gzip), build time, query latency (median, p95 over
// the queries below) and whether each finds the accented text from an unaccented query (incl. đ → d).
// docs/scale.md records the figures and the choice.
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Document } from 'flexsearch';
import { create, insertMultiple, save, search as oramaSearch } from '@orama/orama';
import { cast, compose } from '../src/collection/synth/compose';
import { createIndex, searchDocOf, searchIndex, type SearchDoc } from '../src/collection/search';
import { extractArticle } from '../src/extract/index';
import { foldedWords } from '../src/collection/fold';

const N = Number(process.argv[2] ?? 5000);
const officials = cast(Math.max(40, Math.round(N / 25)));
const docs: SearchDoc[] = [];
for (let n = 0; n < N; n++) {
  const s = compose(n, officials);
  docs.push(searchDocOf(extractArticle(s.text, { slug: s.name })));
}
const person = officials[3]!.name;
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
const QUERIES = [
  person,
  plain(person),
  'đê điều',
  'de dieu',
  'Long An',
  'chuyển đổi số',
  'Bằng khen',
  'giai ngan von',
  'Bộ Y tế',
  'huân chương',
  'cai cach hanh chinh',
  'dan quan',
  'trạm y tế',
  'kiem tra',
  'Thái Bình',
  'thai binh',
  'phòng cháy',
  'an toan thuc pham',
  'Sở Tài chính',
  'đường liên xã',
  officials[9]!.name,
  plain(officials[12]!.name),
];

interface Engine {
  name: string;
  build: () => unknown;
  serialize: (index: unknown) => Promise<string>;
  query: (index: unknown, q: string) => number;
}

const engines: Engine[] = [
  {
    name: 'MiniSearch 7',
    build: () => {
      const index = createIndex();
      index.addAll(docs);
      return index;
    },
    serialize: async (index) => JSON.stringify(index),
    query: (index, q) => searchIndex(index as ReturnType<typeof createIndex>, q).length,
  },
  {
    name: 'FlexSearch 0.8',
    build: () => {
      const index = new Document({
        document: { id: 'id', index: ['title', 'lead', 'people', 'body'] },
        tokenize: 'strict',
        encode: (text: string) => foldedWords(text),
      });
      for (const d of docs) index.add({ ...d });
      return index;
    },
    serialize: async (index) => {
      const parts: Record<string, unknown> = {};
      await (index as Document).export((key, data) => void (parts[key] = data));
      return JSON.stringify(parts);
    },
    query: (index, q) =>
      (index as Document).search(q, { limit: 10_000 }).reduce((n, f) => n + f.result.length, 0),
  },
  {
    name: 'Orama 3',
    build: () => {
      const db = create({
        schema: { title: 'string', lead: 'string', people: 'string', body: 'string' } as const,
        components: {
          tokenizer: {
            language: 'english',
            normalizationCache: new Map(),
            tokenize: (raw: string) => foldedWords(raw),
          } as never,
        },
      });
      void insertMultiple(
        db,
        docs.map(({ id, ...rest }) => ({ ...rest, id })),
      );
      return db;
    },
    serialize: async (db) => JSON.stringify(save(db as never)),
    query: (db, q) =>
      (oramaSearch(db as never, { term: q, limit: 10_000 }) as { count: number }).count,
  },
];

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
process.stdout.write(`${N} articles, ${QUERIES.length} queries\n`);
for (const e of engines) {
  const t0 = performance.now();
  const index = e.build();
  const build = performance.now() - t0;
  const json = await e.serialize(index);
  const times: number[] = [];
  for (const q of QUERIES) {
    const t = performance.now();
    e.query(index, q);
    times.push(performance.now() - t);
  }
  const folds = [
    ['đê điều', 'de dieu'],
    [person, plain(person)],
    ['Thái Bình', 'thai binh'],
  ].every(
    ([accented, bare]) =>
      e.query(index, bare!) > 0 && e.query(index, bare!) === e.query(index, accented!),
  );
  const findsD = e.query(index, 'de dieu') > 0;
  process.stdout.write(
    `${e.name.padEnd(15)} build ${(build / 1000).toFixed(1)} s · JSON ${(json.length / 1048576).toFixed(1)} MB, ` +
      `gzip ${(gzipSync(json).length / 1048576).toFixed(2)} MB · query median ${percentile(times, 0.5).toFixed(1)} ms, ` +
      `p95 ${percentile(times, 0.95).toFixed(1)} ms · folds diacritics alike ${folds ? 'yes' : 'no'}, đ→d ${findsD ? 'yes' : 'no'}\n`,
  );
}
