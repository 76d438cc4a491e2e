// The words a verdict's summary and a report choose: the lead of a record paragraph, and reasons only when typed.

import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/controller.ts';
import type { DecisionTaken } from '../../src/core/checker.ts';
import { compileInkFile } from '../../src/core/compile.ts';
import type { KeyValue } from '../../src/core/saves.ts';
import { miniContent } from '../fixtures/mini-content.ts';
import { reasonsGiven, type Report } from '../../src/core/report.ts';
import { DEFAULT_SETTINGS, readSettings } from '../../src/core/settings.ts';
import { leadAndRest, sentences } from '../../src/ui/sentences.ts';

describe('the lead of a paragraph', () => {
  it('ends at a full stop, not at an initial or an abbreviation', () => {
    expect(sentences('G. A. Ziv wrote it. St. Petersburg followed, ch. 5 says so. Then more.')).toEqual([
      'G. A. Ziv wrote it.',
      'St. Petersburg followed, ch. 5 says so.',
      'Then more.',
    ]);
  });
  it('takes a second sentence when the first is very short, and keeps the rest whole', () => {
    const { lead, rest } = leadAndRest(
      'He left. The union grew to about two hundred members by the end of that year, by his count. Police came.',
    );
    expect(lead).toBe('He left. The union grew to about two hundred members by the end of that year, by his count.');
    expect(rest).toBe('Police came.');
  });
  it('gives the whole text as the lead when it is one sentence', () => {
    expect(leadAndRest('Only this.')).toEqual({ lead: 'Only this.', rest: '' });
  });

  it('splits Russian text too, past initials and abbreviations (the verdict’s summary in Russian)', () => {
    expect(sentences('Л. Д. Троцкий писал об этом (гл. 12, с. 5). «Искра» вышла в 1900 г. Потом — раскол! Всё.')).toEqual([
      'Л. Д. Троцкий писал об этом (гл. 12, с. 5).',
      '«Искра» вышла в 1900 г. Потом — раскол!',
      'Всё.',
    ]);
    const { lead, rest } = leadAndRest(
      'Троцкий выступил против Бунда в Брюсселе. Бунд ушёл со съезда 5 (18) августа. Это дало большинство Ленину.',
    );
    expect(lead).toBe('Троцкий выступил против Бунда в Брюсселе. Бунд ушёл со съезда 5 (18) августа.');
    expect(rest).toBe('Это дало большинство Ленину.');
  });
});

describe('a report speaks of reasons only when some were typed', () => {
  const report = (reasons: string[]): Report => ({ rows: reasons.map((reason) => ({ reason })) }) as unknown as Report; // only the rows' reasons matter here
  it('none typed, or only spaces', () => {
    expect(reasonsGiven(report(['', '  ']))).toBe(false);
  });
  it('one typed', () => {
    expect(reasonsGiven(report(['', 'Because the workers are organised.']))).toBe(true);
  });
});

describe('how much of a verdict card opens is remembered', () => {
  it('a summary by default; the player’s choice read back; junk ignored', () => {
    expect(DEFAULT_SETTINGS.verdictFull).toBe(false);
    expect(readSettings(JSON.stringify({ verdictFull: true })).verdictFull).toBe(true);
    expect(readSettings(JSON.stringify({ verdictFull: 'yes' })).verdictFull).toBe(false);
  });
});

describe('a verdict card open when the page is left comes back after a reload', () => {
  let story = '';
  beforeAll(() => {
    story = compileInkFile(new URL('../fixtures/parts/main.ink', import.meta.url).pathname).json ?? '';
  });
  const memory = (): KeyValue => {
    const data = new Map<string, string>();
    return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  };
  const page = (storage: KeyValue, showVerdict: (t: DecisionTaken) => Promise<void>) => {
    const app = new App({
      story,
      index: miniContent(),
      storage,
      autosaveName: 'Autosave',
      ports: { askReason: async () => '', showVerdict },
    });
    app.boot();
    return app;
  };

  it('shows the same verdict again, once; closed, it stays closed', async () => {
    const storage = memory();
    const before = page(storage, () => new Promise<void>(() => undefined)); // the player never closes it: the page is left
    await before.choose(0);
    await before.choose(0);
    void before.choose(1);
    await Promise.resolve();

    const shown: DecisionTaken[] = [];
    const after = page(storage, async (t) => void shown.push(t));
    expect(after.verdictWasOpen).toBe(true);
    await after.resumeVerdict();
    expect(shown).toEqual([{ decision: 'D1', option: 'loose' }]);
    expect(after.current.busy).toBe(false);
    expect(page(storage, async () => undefined).verdictWasOpen).toBe(false);
  });

  it('a verdict closed before the page was left does not come back', async () => {
    const storage = memory();
    const app = page(storage, async () => undefined);
    await app.choose(0);
    await app.choose(0);
    await app.choose(1);
    expect(page(storage, async () => undefined).verdictWasOpen).toBe(false);
  });
});
