import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../src/core/settings.ts';

describe('settings', () => {
  it('gives the defaults for nothing, junk, or a foreign value', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps each good value and drops each bad one on its own', () => {
    const s = readSettings(JSON.stringify({ textSize: 'largest', theme: 'neon', music: 7, rate: 0.1, muted: 'yes', voice: 'Anna' }));
    expect(s.textSize).toBe('largest');
    expect(s.theme).toBe('paper');
    expect(s.music).toBe(1);
    expect(s.rate).toBe(0.5);
    expect(s.muted).toBe(false);
    expect(s.voice).toBe('Anna');
  });
});
