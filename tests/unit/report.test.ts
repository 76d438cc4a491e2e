import { describe, expect, it } from 'vitest';
import { buildReport, parseReport, reportToCsv } from '../../src/core/report.ts';
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
    expect(parseReport(JSON.stringify(r))).toEqual(r);
    expect(parseReport('{"kind":"turning-points-report","format":1,"rows":[{"decision":1}]}')).toBeNull();
    expect(parseReport('not json')).toBeNull();
    expect(parseReport('{"kind":"something-else"}')).toBeNull();
  });
});
