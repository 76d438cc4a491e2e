// Dates in both calendars: Russia kept the Julian calendar (Old Style) until February 1918.

export type Calendar = 'os' | 'ns';

export interface DualDate {
  /** Julian (Old Style), ISO form YYYY-MM-DD */
  os: string;
  /** Gregorian (New Style), ISO form YYYY-MM-DD */
  ns: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly; returns null for anything that is not a real calendar day. */
export function parseIsoDay(text: string): { y: number; m: number; d: number } | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  // Month lengths are the same in both calendars except the Julian leap rule (every 4th year).
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  if (d > days) return null;
  return { y, m: mo, d };
}

/** Days between the calendars on a given Julian date (valid 1800-2099). */
export function julianOffset(osIso: string): number {
  // The gap grew from 12 to 13 days on 29 February 1900 (Julian), a day the Gregorian lacks.
  return osIso < '1900-02-29' ? 12 : 13;
}

function shift(iso: string, days: number): string {
  const p = parseIsoDay(iso);
  if (!p) throw new Error(`not a date: ${iso}`);
  // Proleptic arithmetic on a UTC date is exact for day shifts; only the label matters here.
  const t = Date.UTC(p.y, p.m - 1, p.d) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Gives a date in both calendars from one given in either. */
export function toDual(iso: string, calendar: Calendar): DualDate {
  if (!parseIsoDay(iso)) throw new Error(`not a date: ${iso}`);
  if (calendar === 'os') return { os: iso, ns: shift(iso, julianOffset(iso)) };
  // Going back: try the 13-day gap, fall back to 12 where that lands before 1900.
  const os13 = shift(iso, -13);
  const os = julianOffset(os13) === 13 ? os13 : shift(iso, -12);
  return { os, ns: iso };
}

/** True when the two dates of a pair are the same day. */
export function isConsistent(date: DualDate): boolean {
  if (!parseIsoDay(date.os) || !parseIsoDay(date.ns)) return false;
  return toDual(date.os, 'os').ns === date.ns;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "7 (20) August 1903": Old Style first, New Style in brackets, as historians of Russia write it. */
export function formatDual(date: DualDate, monthNames: readonly string[] = MONTHS): string {
  const a = parseIsoDay(date.os);
  const b = parseIsoDay(date.ns);
  if (!a || !b) return `${date.os} / ${date.ns}`;
  const mA = monthNames[a.m - 1];
  const mB = monthNames[b.m - 1];
  if (a.y !== b.y) return `${a.d} ${mA} ${a.y} (${b.d} ${mB} ${b.y})`;
  if (a.m !== b.m) return `${a.d} ${mA} (${b.d} ${mB}) ${a.y}`;
  return `${a.d} (${b.d}) ${mA} ${a.y}`;
}
