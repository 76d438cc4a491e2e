import { describe, expect, it } from 'vitest';
import { buildReport, MAX_REPORT_BYTES, readReport, reportToCsv } from '../../src/core/report.ts';
import { miniContent } from '../fixtures/mini-content.ts';

describe('report', () => {
  const when = new Date('2026-11-27T12:00:00Z');
  it('shows no divergence on the historical path', () => {
    const r = buildReport(miniContent(), [{ decision: 'D1', option: 'loose' }], 'loose-end', 'Test', when);
    expect(r.diverged).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      matchesHistory: true,
      drift: 0,
      yourChoice: 'Loose rule',
      historicalChoice: 'Loose rule',
      date: '17 (30) July 1903',
    });
    expect(r.ending?.historical).toBe(true);
  });
  it('marks exactly where a path left history, with the reason typed', () => {
    const r = buildReport(
      miniContent(),
      [{ decision: 'D1', option: 'strict', reason: 'Discipline, "always", =1+1' }],
      'strict-end',
      'Test',
      when,
    );
    expect(r.diverged).toEqual(['D1']);
    expect(r.rows[0]?.drift).toBe(1);
    const csv = reportToCsv(r);
    const [head, row] = csv.trim().split('\r\n');
    expect(head).toBe('decision,title,date,actor,yourChoice,reason,historicalChoice,matchesHistory,drift,source');
    expect(row).toContain('"Discipline, ""always"", =1+1"');
    expect(row).toContain(',false,1,');
  });
  it('reads its own JSON back and refuses anything else', () => {
    const r = buildReport(miniContent(), [{ decision: 'D1', option: 'strict' }], null, 'Test', when);
    expect(readReport(JSON.stringify(r))).toEqual({ ok: true, report: r });
    expect(readReport('{"kind":"turning-points-report","format":1,"rows":[{"decision":1}]}')).toEqual({ ok: false, reason: 'damaged' });
    expect(readReport('not json')).toEqual({ ok: false, reason: 'not-json' });
    expect(readReport('{"kind":"something-else"}')).toEqual({ ok: false, reason: 'not-a-report' });
    // a report too large is refused for its size, and says so (not "not a report")
    expect(readReport(`{"kind":"turning-points-report","pad":"${'x'.repeat(MAX_REPORT_BYTES)}"}`)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('keeps every cell that a spreadsheet would run as a formula as text, after spaces and full-width signs too', () => {
    const reasons = ['=1+1', ' =1+1', '\u3000=cmd', '＝HYPERLINK("x")', '＠SUM(A1)', '+1', '-1', '@A1', '\t=1', ' \u00a0@x', '|calc'];
    for (const reason of reasons) {
      const r = buildReport(miniContent(), [{ decision: 'D1', option: 'strict', reason }], null, 'Test', when);
      const row = reportToCsv(r).trim().split('\r\n')[1] ?? '';
      const cell = row.split(',')[5] ?? '';
      expect(cell.replace(/^"/, ''), JSON.stringify(reason)).toMatch(/^'/);
    }
    const plain = buildReport(miniContent(), [{ decision: 'D1', option: 'strict', reason: 'Because unity matters' }], null, 'Test', when);
    expect(reportToCsv(plain)).toContain(',Because unity matters,');
  });
});
