// The options of `npm run bench:library`, so a slow full run need not be repeated to measure a change
// to the search:
//   npm run bench:library                      1,000 and 10,000 articles, every figure (the default)
//   npm run bench:library -- 10000             one size
//   --collection OUT   an already-ingested collection (`npm run ingest -- DIR --out OUT`) instead of
//                      synthesising and ingesting one (no ingest figures; its size is OUT's)
//   --search-only      only the search and the heap (no first paints)
//   --dist A,B         builds to compare, queried alternately, one round each in turn, so both see
//                      the same load; only with --collection OUT, each built from it
//                      (`DOCBAO_ARTICLES=OUT npm run build`, dist/ copied to a folder)
//   --rounds N         rounds of the queries per build (default 1)

interface BenchOptions {
  sizes: number[];
  collection: string | null;
  searchOnly: boolean;
  dists: string[];
  rounds: number;
}

/** Parses the command line; throws with a one-line message on a bad option. */
export function benchOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [1000, 10000],
    collection: null,
    searchOnly: false,
    dists: ['dist'],
    rounds: 1,
  };
  let sized = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (!v) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--collection') options.collection = value();
    else if (arg === '--search-only') options.searchOnly = true;
    else if (arg === '--dist') options.dists = value().split(',');
    else if (arg === '--rounds') options.rounds = Number(value());
    else if (/^\d+(,\d+)*$/.test(arg)) {
      options.sizes = arg.split(',').map(Number);
      sized = true;
    } else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.rounds) || options.rounds < 1)
    throw new Error('--rounds needs a whole number of at least 1');
  if (!options.collection && argv.includes('--dist'))
    throw new Error('--dist needs --collection OUT: each size is served by a build of its own');
  if (options.collection && sized)
    throw new Error('--collection measures the collection it names: give no size with it');
  return options;
}
