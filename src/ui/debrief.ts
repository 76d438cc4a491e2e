// The debrief at the end of the chapter (or of an episode): a drawn timeline of the player's path
// against history, what their Trotsky became, each decision with its verdict, and the exports.

import type { GlossaryEntry } from '../core/record.ts';
import type { Report } from '../core/report.ts';
import { reasonsGiven, reportToCsv } from '../core/report.ts';
import { download, h } from './dom.ts';
import { currentLanguage } from './language.ts';
import { STRINGS } from './strings.ts';

const SVG = 'http://www.w3.org/2000/svg';
const L = STRINGS.debrief;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * The path as a picture: history runs straight; the player's line drops away at each divergence. Drawn
 * in a small coordinate space so that its words stay large: about 10 pt on an A4 page, and large enough
 * to read from the back of a classroom when the chart fills a projected screen.
 */
export function pathPicture(report: Report, W = 720): SVGSVGElement {
  const n = Math.max(1, report.rows.length);
  const maxDrift = Math.max(1, ...report.rows.map((r) => r.drift));
  const left = 40;
  const right = W - 40;
  // a narrow chart (a phone) has less room between decisions: its years take three rows, not two
  const rows = W < 600 ? 3 : 2;
  const lineY = 58;
  const rowH = 20;
  const yearRow = lineY + maxDrift * rowH + 38;
  const H = yearRow + rows * 20 + 4;
  const x = (i: number) => (n === 1 ? (left + right) / 2 : left + (i * (right - left)) / (n - 1));
  const y = (drift: number) => lineY + drift * rowH;
  const summary = report.diverged.length === 0 ? L.pictureSame : L.pictureDiverged(report.diverged.length, report.rows.length);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary, class: 'path-picture' });
  root.append(svg('title', {}, summary));
  // the legend, in words and in the two kinds of line
  root.append(svg('line', { x1: left, y1: 20, x2: left + 40, y2: 20, class: 'pp-history' }));
  root.append(svg('text', { x: left + 50, y: 26, class: 'pp-legend-h' }, L.history));
  const second = Math.min(left + 200, W / 2);
  root.append(svg('line', { x1: second, y1: 20, x2: second + 40, y2: 20, class: 'pp-yours' }));
  root.append(svg('text', { x: second + 50, y: 26, class: 'pp-legend-y' }, L.yours));
  root.append(svg('line', { x1: left, y1: y(0), x2: right, y2: y(0), class: 'pp-history' }));
  let d = `M ${x(0)} ${y(report.rows[0]?.drift ?? 0)}`;
  report.rows.forEach((r, i) => {
    if (i > 0) d += ` L ${x(i)} ${y(r.drift)}`;
  });
  if (report.rows.length > 0) root.append(svg('path', { d, class: 'pp-yours' }));
  // each year is written once, under its first decision, on one of the rows so that none overlap
  const lastOnRow = Array.from({ length: rows }, () => -Infinity);
  const labelWidth = 40;
  report.rows.forEach((r, i) => {
    const g = svg('g', { class: r.matchesHistory ? 'pp-node match' : 'pp-node diverge', 'data-decision': r.decision });
    g.append(svg('circle', { cx: x(i), cy: y(r.drift), r: r.matchesHistory ? 6 : 8 }));
    const year = /\d{4}/.exec(r.date)?.[0] ?? '';
    const prevYear = /\d{4}/.exec(report.rows[i - 1]?.date ?? '')?.[0] ?? '';
    if (year && year !== prevYear) {
      const row = lastOnRow.findIndex((last) => x(i) - last >= labelWidth);
      if (row >= 0) {
        const ty = yearRow + row * 20;
        g.append(svg('line', { x1: x(i), y1: y(r.drift) + 10, x2: x(i), y2: ty - 14, class: 'pp-tick' }));
        g.append(svg('text', { x: x(i), y: ty, 'text-anchor': 'middle', class: 'pp-year' }, year));
        lastOnRow[row] = x(i);
      }
    }
    root.append(g);
  });
  return root;
}

/** The rows of a report as a table: also what gets printed. */
export function reportTable(report: Report): HTMLElement {
  return h(
    'table',
    { class: 'report-table' },
    h('caption', {}, L.tableCaption),
    h('thead', {}, h('tr', {}, ...[L.colDecision, L.colYou, L.colHistory, L.colSource].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...report.rows.map((r) =>
        h(
          'tr',
          { class: r.matchesHistory ? 'match' : 'diverge', 'data-decision': r.decision },
          h(
            'th',
            { scope: 'row' },
            h('span', { class: 'rt-title' }, r.title),
            h('br'),
            h('span', { class: 'rt-date' }, `${r.date} · ${r.actor}`),
          ),
          h('td', {}, r.yourChoice, r.reason ? h('span', { class: 'rt-reason' }, ` — ${STRINGS.quoted(r.reason)}`) : null),
          h('td', {}, h('span', { class: 'rt-mark' }, r.matchesHistory ? `✓ ${L.same}` : `✗ ${L.different}`), ' ', r.historicalChoice),
          h('td', { class: 'rt-source' }, r.source),
        ),
      ),
    ),
  );
}

export interface DebriefHooks {
  onAgain(): void;
  openVerdict(decision: string): void;
  openReport(): void;
  /** glossary entries met in the playthrough, and how to open one */
  terms: GlossaryEntry[];
  openTerm(entry: GlossaryEntry, opener: HTMLElement): void;
}

export function debriefElement(report: Report, hooks: DebriefHooks, heading: string): HTMLElement {
  const again = h('button', { type: 'button', class: 'primary', 'data-action': 'play-again' }, STRINGS.playAgain);
  again.addEventListener('click', hooks.onAgain);
  const print = h('button', { type: 'button', class: 'small', 'data-action': 'print-report' }, L.print);
  print.addEventListener('click', () => printReport(report));
  const json = h('button', { type: 'button', class: 'small', 'data-action': 'export-json' }, L.json);
  json.addEventListener('click', () => download('turning-points-report.json', 'application/json', JSON.stringify(report, null, 2)));
  const csv = h('button', { type: 'button', class: 'small', 'data-action': 'export-csv' }, L.csv);
  csv.addEventListener('click', () => download('turning-points-report.csv', 'text/csv', reportToCsv(report)));
  const open = h('button', { type: 'button', class: 'small', 'data-action': 'open-report' }, L.open);
  open.addEventListener('click', hooks.openReport);
  const ending = report.ending;
  const links = h(
    'ul',
    { class: 'record-links' },
    ...report.rows.map((r) => {
      const b = h('button', { type: 'button', class: 'small', 'data-action': `record-${r.decision}` }, `${L.record}: ${r.title}`);
      b.addEventListener('click', () => hooks.openVerdict(r.decision));
      return h('li', {}, b);
    }),
  );
  return h(
    'section',
    {
      class: `debrief ending ${ending?.historical ? 'historical' : 'alternative'}`,
      'aria-labelledby': 'ending-title',
      'data-ending': ending?.id ?? '',
    },
    h('p', { class: 'kicker' }, heading),
    h('h2', { id: 'ending-title', tabindex: '-1' }, ending ? ending.title : L.episodeOver),
    h('div', { class: 'slot-actions exports', role: 'group', 'aria-label': L.actions }, again, print, json, csv, open),
    ending && h('h3', {}, L.became),
    ending && h('p', {}, ending.summary),
    ending && h('p', { class: 'outcome' }, ending.historical ? STRINGS.endingHistorical : STRINGS.endingAlternative),
    h('h3', {}, STRINGS.yourPath),
    h(
      'p',
      { class: 'path-summary' },
      report.diverged.length === 0 ? L.pictureSame : L.pictureDiverged(report.diverged.length, report.rows.length),
    ),
    // a phone gets a narrower drawing, so that its words are not shrunk to nothing
    pathPicture(report, typeof matchMedia === 'function' && matchMedia('(max-width: 700px)').matches ? 420 : 720),
    reportTable(report),
    h('h3', {}, L.recordHeading),
    links,
    hooks.terms.length > 0 && h('h3', {}, L.terms),
    hooks.terms.length > 0 &&
      h(
        'ul',
        { class: 'record-links terms' },
        ...hooks.terms.map((t) => {
          const b = h('button', { type: 'button', class: 'small', 'data-action': `term-${t.id}` }, t.term);
          b.addEventListener('click', () => hooks.openTerm(t, b));
          return h('li', {}, b);
        }),
      ),
  );
}

/**
 * The printed report: kept in the page (hidden on screen) for as long as the debrief is open, so the
 * browser's own Print (Ctrl+P) prints it as well as the button does. Returns the way to take it away.
 */
export function mountPrintSheet(report: Report): () => void {
  document.getElementById('print-report')?.remove();
  const sheet = h(
    'section',
    { id: 'print-report', class: 'print-report', 'aria-hidden': 'true' },
    h('h1', {}, `${STRINGS.gameTitle} — ${report.title}`),
    h('p', {}, `${L.printedOn} ${new Date(report.createdAt).toLocaleString(currentLanguage())}`),
    report.ending && h('p', {}, h('strong', {}, report.ending.title), ` — ${report.ending.summary}`),
    h(
      'p',
      { class: 'path-summary' },
      report.diverged.length === 0 ? L.pictureSame : L.pictureDiverged(report.diverged.length, report.rows.length),
    ),
    pathPicture(report),
    reportTable(report),
    h('p', { class: 'print-note' }, reasonsGiven(report) ? `${L.printNote} ${L.printNoteReasons}` : L.printNote),
  );
  document.body.append(sheet);
  return () => sheet.remove();
}

/** Prints the report (the print stylesheet shows the sheet alone): one or two A4 pages. */
export function printReport(report: Report): void {
  if (!document.getElementById('print-report')) {
    const remove = mountPrintSheet(report);
    window.addEventListener('afterprint', remove, { once: true });
  }
  window.print();
}
