// The command line shared by the page-measuring scripts (lighthouse, blocking-time): the pages to
// open (default: the seed's reader and the library) and `--runs N` (default 3), and the median they print.

/** Takes `--runs N` out of `args` and returns it with the pages left; exits with 2 on a bad count. */
export function pageRuns(script: string, args: string[]): { runs: number; paths: string[] } {
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`${script}: --runs takes a whole number of at least 1`);
    process.exit(2);
  }
  return { runs, paths: args.length ? args : ['/a/tphcm-to-chuc-xay-dung-dang-2022', '/'] };
}

/** The middle value (the lower of the two middle ones for an even count). */
export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
