/**
 * Vietnamese calendar dates as they appear in plans: "22/6/2026", "06-01-2026",
 * "10.02.2022", "ngày 22 tháng 05 năm 2026". Shared by the header, citation and
 * deadline parsers.
 */

export interface DateMatch {
  /** ISO yyyy-mm-dd, or null when the day/month cannot exist (31/6/2026). */
  iso: string | null;
  day: number;
  month: number;
  year: number;
  raw: string;
  index: number;
}

/** Numeric form d/m/yyyy with "/", "-" or "." and optional spaces around the separators. */
const NUMERIC = String.raw`(\d{1,2})[ \t]*([/.\-])[ \t]*(\d{1,2})[ \t]*\2[ \t]*((?:19|20)\d{2})`;
/** Written form "ngày 22 tháng 5 năm 2026" ("ngày" optional). */
const WRITTEN = String.raw`(?:ngày[ \t]+)?(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+((?:19|20)\d{2})`;

/** Source of a regex matching one date in either form (no capture groups you can rely on). */
export const DATE_SOURCE = String.raw`(?:\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}[ \t]*[/.\-][ \t]*(?:19|20)\d{2}|(?:ngày[ \t]+)?\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+(?:19|20)\d{2})`;

const ANY_DATE = new RegExp(String.raw`(?<![\d/.\-])(?:${NUMERIC}|${WRITTEN})(?![\d/])`, "giu");

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every date written in `text`, in order. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(ANY_DATE)) {
    const day = Number(m[1] ?? m[5]);
    const month = Number(m[3] ?? m[6]);
    const year = Number(m[4] ?? m[7]);
    out.push({
      iso: isValidDate(year, month, day) ? toIso(year, month, day) : null,
      day,
      month,
      year,
      raw: m[0],
      index: m.index ?? 0,
    });
  }
  return out;
}

/** The first date in `text`, or null. */
export function parseDate(text: string): DateMatch | null {
  return findDates(text)[0] ?? null;
}

/** ISO date comparison helper: a < b ⇒ negative. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "2026-05-27" → "27/5/2026", as Vietnamese documents write dates; "—" when there is none. */
export function showDate(iso: string | null): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso;
}
