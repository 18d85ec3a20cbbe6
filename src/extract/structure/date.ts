// The date of the reported event, when the text gives one: `18/1/2022`, or `Ngày 18/1` in the opening
// with the year taken from the years the text reports on (`năm 2022`) when they agree, never a target year.

const FULL_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/u;
const DAY_MONTH = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/u;
/** `năm 2022`, but not `đến năm 2025` or `giai đoạn 2021-2025` (targets lie in the future). */
const YEAR = /(?<!(?:đến|tới|trước|sau|từ) )năm ((?:19|20)\d{2})(?!\s*[-–]\s*\d)/gu;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function findDate(text: string): string | null {
  const opening = text.slice(0, 400);
  const full = FULL_DATE.exec(opening);
  if (full && valid(+full[1]!, +full[2]!)) return `${full[3]}-${pad(+full[2]!)}-${pad(+full[1]!)}`;
  const dm = DAY_MONTH.exec(opening);
  if (!dm || !valid(+dm[1]!, +dm[2]!)) return null;
  // Only when the years the text reports on agree (`năm 2021` and `năm 2022`): a biography's spread of
  // years says nothing about when the event took place.
  const years = [...text.matchAll(YEAR)].map((m) => +m[1]!);
  if (years.length === 0) return null;
  const year = years.reduce((a, b) => Math.max(a, b));
  if (year - years.reduce((a, b) => Math.min(a, b)) > 1) return null;
  return `${year}-${pad(+dm[2]!)}-${pad(+dm[1]!)}`;
}
