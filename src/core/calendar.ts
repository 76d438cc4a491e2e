// Dates in both calendars: Russia kept the Julian calendar (Old Style) until February 1918.

export type Calendar = 'os' | 'ns';

export interface DualDate {
  /** Julian (Old Style), ISO form YYYY-MM-DD */
  os: string;
  /** Gregorian (New Style), ISO form YYYY-MM-DD */
  ns: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Leap years: every fourth year in the Julian calendar; the Gregorian skips 1700, 1800, 1900 (not 2000). */
export function isLeapYear(y: number, calendar: Calendar): boolean {
  if (calendar === 'os') return y % 4 === 0;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/**
 * Parses YYYY-MM-DD strictly; returns null for anything that is not a real calendar day. With a
 * calendar, 29 February must be a leap day of that calendar; without one, of either calendar
 * (so 29 February 1900 passes, as a Julian date, and 29 February 1901 never does).
 */
export function parseIsoDay(text: string, calendar?: Calendar): { y: number; m: number; d: number } | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  const leap = calendar ? isLeapYear(y, calendar) : isLeapYear(y, 'os');
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  if (d > days) return null;
  return { y, m: mo, d };
}

/** Julian Day Number of a day in either calendar (the standard integer algorithms). */
function dayNumber(y: number, m: number, d: number, calendar: Calendar): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const base = d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4);
  if (calendar === 'os') return base - 32083;
  return base - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
}

function fromDayNumber(jdn: number, calendar: Calendar): string {
  let c: number;
  let b: number;
  if (calendar === 'ns') {
    const a = jdn + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((146097 * b) / 4);
  } else {
    b = 0;
    c = jdn + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayOf(iso: string, calendar: Calendar): number {
  const p = parseIsoDay(iso, calendar);
  if (!p) throw new Error(`not a ${calendar === 'os' ? 'Julian' : 'Gregorian'} date: ${iso}`);
  return dayNumber(p.y, p.m, p.d, calendar);
}

/** Gives a date in both calendars from one given in either (exact, by day numbers). */
export function toDual(iso: string, calendar: Calendar): DualDate {
  const jdn = dayOf(iso, calendar);
  return calendar === 'os' ? { os: iso, ns: fromDayNumber(jdn, 'ns') } : { os: fromDayNumber(jdn, 'os'), ns: iso };
}

/** Completed years of life on a day: both dates New Style (Gregorian). */
export function ageOn(bornNs: string, onNs: string): number {
  const b = parseIsoDay(bornNs, 'ns');
  const o = parseIsoDay(onNs, 'ns');
  if (!b || !o) throw new Error(`not a date: ${bornNs} or ${onNs}`);
  const birthdayPassed = o.m > b.m || (o.m === b.m && o.d >= b.d);
  return o.y - b.y - (birthdayPassed ? 0 : 1);
}

/** True when the two dates of a pair are the same day. */
export function isConsistent(date: DualDate): boolean {
  if (!parseIsoDay(date.os, 'os') || !parseIsoDay(date.ns, 'ns')) return false;
  return toDual(date.os, 'os').ns === date.ns;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The same date as a year and a day line for the stage's banner: "7 (20) August", "31 July (13 August)",
 * or with both years when they differ. Old Style first.
 */
export function dualParts(date: DualDate, monthNames: readonly string[] = MONTHS): { year: string; day: string } {
  const a = parseIsoDay(date.os);
  const b = parseIsoDay(date.ns);
  if (!a || !b) return { year: date.os.slice(0, 4), day: `${date.os} (${date.ns})` };
  const mA = monthNames[a.m - 1] ?? '';
  const mB = monthNames[b.m - 1] ?? '';
  if (a.y !== b.y) return { year: String(a.y), day: `${a.d} ${mA} ${a.y} (${b.d} ${mB} ${b.y})` };
  if (a.m !== b.m) return { year: String(a.y), day: `${a.d} ${mA} (${b.d} ${mB})` };
  return { year: String(a.y), day: `${a.d} (${b.d}) ${mA}` };
}

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
