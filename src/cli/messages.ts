// The CLI's messages, from the same locale files as the app: Vietnamese when the environment's
// language is Vietnamese (LANG=vi_VN.UTF-8), English otherwise.
import en from '../i18n/locales/en.json';
import vi from '../i18n/locales/vi.json';
import { problemMessage, type InputProblem } from '../input/index';

const env = process.env;
const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().startsWith('vi')
  ? vi
  : en;

/** The message at a dotted key, with `{{name}}` filled in. */
export function say(key: string, values: Record<string, string> = {}): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);
  const template = typeof found === 'string' ? found : key;
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => values[name] ?? '');
}

export const sayProblem = (problem: InputProblem) => {
  const { key, values } = problemMessage(problem);
  return say(key, values);
};

/** Node's error code and message, short: `EACCES: permission denied`. */
export const reasonOf = (err: unknown) =>
  err instanceof Error ? err.message.replace(/, \w+ '.*'$/u, '') : String(err);
