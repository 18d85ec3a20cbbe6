// Loads an article file and tells apart the ways it can fail: the network, a missing file, a damaged one.
import type { Checked, Problem } from './validate';

export type LoadFailure =
  | { kind: 'network'; message: string }
  | { kind: 'missing'; status: number }
  | { kind: 'damaged'; problems: Problem[] };

export class LoadError extends Error {
  constructor(public readonly failure: LoadFailure) {
    super(failure.kind === 'damaged' ? 'damaged' : failure.kind);
    this.name = 'LoadError';
  }
}

type Check<T> = (data: unknown) => Checked<T>;

/**
 * Fetches `url` and validates the JSON with `check`; throws LoadError describing what went wrong.
 * `check` may be a promise of the checker: the validator's code then downloads alongside the file.
 */
export async function fetchChecked<T>(
  url: string,
  check: Check<T> | Promise<Check<T>>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (err) {
    throw new LoadError({ kind: 'network', message: (err as Error).message });
  }
  // A static host answers an unknown file with the app's own page (HTML): that file is missing too.
  const html = response.headers.get('content-type')?.includes('text/html') ?? false;
  if (response.status === 404 || (response.ok && html))
    throw new LoadError({ kind: 'missing', status: 404 });
  if (!response.ok) throw new LoadError({ kind: 'network', message: `HTTP ${response.status}` });
  // The text is parsed while the checker's code downloads (a 15 MB file takes 150-250 ms to parse).
  const parsed = response.json().then(
    (data: unknown) => data,
    (err: unknown) => {
      throw new LoadError({
        kind: 'damaged',
        problems: [{ path: '', message: `not JSON: ${(err as Error).message}` }],
      });
    },
  );
  const [checker, data] = await Promise.all([check, parsed]);
  const checked = checker(data);
  if (!checked.ok) throw new LoadError({ kind: 'damaged', problems: checked.problems });
  return checked.value;
}
