// Every way an input can be refused, as data: the CLI prints it as one line on stderr, the import page
// shows it in the reader's language. Both take the words from the locale files.

/** The largest input read, in bytes (after decoding, for pasted text). */
export const MAX_BYTES = 5 * 1024 * 1024;

export type InputProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; megabytes: string }
  | { code: 'binary' }
  | { code: 'encoding' }
  | { code: 'noArticle' }
  | { code: 'badJson'; path: string; message: string }
  | { code: 'failed'; message: string }
  // The file system's answers, met by the CLI only.
  | { code: 'missing' }
  | { code: 'brokenLink' }
  | { code: 'notRegular' }
  | { code: 'unreadable'; reason: string }
  | { code: 'emptyFolder' };

export class InputFailure extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.code);
    this.name = 'InputFailure';
  }
}

export const refuse = (problem: InputProblem): never => {
  throw new InputFailure(problem);
};

/** A size in megabytes, as the messages show it. */
export const megabytes = (bytes: number) => (bytes / 1048576).toFixed(1);

/** Refuses more than MAX_BYTES. */
export function checkSize(bytes: number): void {
  if (bytes > MAX_BYTES) refuse({ code: 'tooLarge', megabytes: megabytes(bytes) });
}

type Values = Record<string, string>;
export type ProblemKey = `import.errors.${InputProblem['code']}`;

/** The locale key and values that describe a problem: `t(key, values)` in either language. */
export function problemMessage(problem: InputProblem): { key: ProblemKey; values: Values } {
  const { code, ...rest } = problem;
  const values: Values = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
  // The messages name the size `size`; the problem carries it as `megabytes`.
  if (problem.code === 'tooLarge') values.size = problem.megabytes;
  return { key: `import.errors.${code}`, values };
}
