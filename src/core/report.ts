// The playthrough report: the player's path against history, as plain data, JSON and CSV.
// Nothing personal beyond what the player typed (their reasons). An imported report is validated data.

import { isObj } from './guards.ts';
import { formatDual } from './calendar.ts';
import { checkPath, type DecisionTaken } from './checker.ts';
import type { Content } from './record.ts';

export interface ReportRow {
  decision: string;
  title: string;
  date: string;
  actor: string;
  yourChoice: string;
  reason: string;
  historicalChoice: string;
  matchesHistory: boolean;
  /** how many decisions so far left history, this one included: how far the path has drifted */
  drift: number;
  followed: string;
  source: string;
}

export interface Report {
  kind: 'turning-points-report';
  format: 1;
  title: string;
  createdAt: string;
  ending: { id: string; title: string; historical: boolean; summary: string } | null;
  rows: ReportRow[];
  matched: number;
  diverged: string[];
}

export function buildReport(
  content: Content,
  taken: readonly DecisionTaken[],
  endingId: string | null,
  title: string,
  now = new Date(),
  /** the months' names for the dates, January first (English when not given) */
  months?: readonly string[],
): Report {
  const path = checkPath(content, taken);
  let drift = 0;
  const rows = path.verdicts.map((v, i) => {
    if (!v.matchesHistory) drift++;
    const nonChapter = v.entry.sources.find((s) => s.kind !== 'chapter') ?? v.entry.sources[0];
    return {
      decision: v.decision,
      title: v.entry.title,
      date: formatDual(v.entry.date, months),
      actor: content.people[v.entry.actor]?.short ?? v.entry.actor,
      yourChoice: v.yours.label,
      reason: taken[i]?.reason ?? '',
      historicalChoice: v.historical.label,
      matchesHistory: v.matchesHistory,
      drift,
      followed: v.entry.followed,
      source: nonChapter ? nonChapter.title : '',
    };
  });
  const e = endingId ? content.endings.find((x) => x.id === endingId) : undefined;
  return {
    kind: 'turning-points-report',
    format: 1,
    title,
    createdAt: now.toISOString(),
    ending: e ? { id: e.id, title: e.title, historical: e.historical, summary: e.summary } : null,
    rows,
    matched: path.matched,
    diverged: path.diverged,
  };
}

/** Whether the player typed any reason: only then does a report speak of reasons. */
export function reasonsGiven(r: Report): boolean {
  return r.rows.some((row) => row.reason.trim() !== '');
}

const CSV_COLUMNS: (keyof ReportRow)[] = [
  'decision',
  'title',
  'date',
  'actor',
  'yourChoice',
  'reason',
  'historicalChoice',
  'matchesHistory',
  'drift',
  'source',
];

function csvCell(v: string | number | boolean): string {
  let s = String(v);
  // a cell starting with = + - @ could run as a formula in a spreadsheet: keep it as text. Spreadsheets
  // skip leading spaces and read full-width signs (＝, ＠) as their ASCII twins, so look past both.
  if (/^[=+\-@\t\r|]/.test(s.normalize('NFKC').replace(/^[\s\u00a0\u3000]+/, '')) || /^[\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reportToCsv(r: Report): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of r.rows) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The largest report file read back (a whole chapter's report is about 60 KB). */
export const MAX_REPORT_BYTES = 2_000_000;

/** Why a report file was refused; the views turn each into a sentence. */
export type ReportProblem = 'too-large' | 'not-json' | 'not-a-report' | 'damaged';

/** Reads an exported report back, saying why when it cannot (never throws, never trusts its text as HTML). */
export function readReport(text: string): { ok: true; report: Report } | { ok: false; reason: ReportProblem } {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, reason: 'too-large' };
  let d: unknown;
  try {
    d = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isObj(d) || d.kind !== 'turning-points-report') return { ok: false, reason: 'not-a-report' };
  const report = parseReport(d);
  return report ? { ok: true, report } : { ok: false, reason: 'damaged' };
}

/** A parsed report file's content, checked field by field; null when any part is not a report's. */
function parseReport(d: Record<string, unknown>): Report | null {
  if (d.format !== 1 || !Array.isArray(d.rows)) return null;
  const str = (o: Record<string, unknown>, k: string) => (typeof o[k] === 'string' ? (o[k] as string).slice(0, 2000) : null);
  const rows: ReportRow[] = [];
  let drift = 0;
  for (const r of d.rows) {
    if (!isObj(r)) return null;
    const fields = ['decision', 'title', 'date', 'actor', 'yourChoice', 'reason', 'historicalChoice', 'followed', 'source'].map((k) =>
      str(r, k),
    );
    if (fields.some((f) => f === null) || typeof r.matchesHistory !== 'boolean') return null;
    const [decision, title, date, actor, yourChoice, reason, historicalChoice, followed, source] = fields as string[];
    if (!r.matchesHistory) drift++;
    rows.push({
      decision: decision ?? '',
      title: title ?? '',
      date: date ?? '',
      actor: actor ?? '',
      yourChoice: yourChoice ?? '',
      reason: reason ?? '',
      historicalChoice: historicalChoice ?? '',
      matchesHistory: r.matchesHistory,
      drift,
      followed: followed ?? '',
      source: source ?? '',
    });
  }
  let ending: Report['ending'] = null;
  if (isObj(d.ending)) {
    const id = str(d.ending, 'id');
    const title = str(d.ending, 'title');
    const summary = str(d.ending, 'summary');
    if (id === null || title === null || summary === null || typeof d.ending.historical !== 'boolean') return null;
    ending = { id, title, summary, historical: d.ending.historical };
  }
  return {
    kind: 'turning-points-report',
    format: 1,
    title: typeof d.title === 'string' ? d.title.slice(0, 200) : '',
    createdAt: typeof d.createdAt === 'string' ? d.createdAt.slice(0, 40) : '',
    ending,
    rows,
    matched: rows.filter((r) => r.matchesHistory).length,
    diverged: rows.filter((r) => !r.matchesHistory).map((r) => r.decision),
  };
}
