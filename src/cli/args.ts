// The command line: inputs, --out DIR, --stdout, --help. A mistake here is one line and exit code 2.

export const DEFAULT_OUT = 'public/articles';

export interface Options {
  inputs: string[];
  out: string;
  stdout: boolean;
  help: boolean;
}

export const USAGE =
  'usage: npm run ingest -- <file.txt|file.html|file.json|dir>... [--out DIR] [--stdout]\n' +
  `  writes DIR/<name>.json for every input and DIR/index.json (default DIR: ${DEFAULT_OUT})\n`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): Options {
  const options: Options = { inputs: [], out: DEFAULT_OUT, stdout: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw new UsageError('--out needs a directory');
      options.out = value;
    } else if (arg.startsWith('--out=')) options.out = arg.slice('--out='.length);
    else if (arg === '--stdout') options.stdout = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0 && !options.help)
    throw new UsageError('no input: name a .txt file or a directory');
  return options;
}
