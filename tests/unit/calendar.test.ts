import { describe, expect, it } from 'vitest';
import { formatDual, isConsistent, toDual } from '../../src/core/calendar.ts';

describe('calendar', () => {
  it('converts Old Style to New Style with 12 days before 1900 and 13 after', () => {
    expect(toDual('1898-01-28', 'os').ns).toBe('1898-02-09');
    expect(toDual('1903-08-07', 'os').ns).toBe('1903-08-20');
    expect(toDual('1917-10-25', 'os').ns).toBe('1917-11-07');
  });
  it('converts New Style back, across a month end', () => {
    expect(toDual('1905-01-22', 'ns').os).toBe('1905-01-09');
    expect(toDual('1903-08-01', 'ns').os).toBe('1903-07-19');
  });
  it('formats both calendars as historians write them', () => {
    expect(formatDual({ os: '1903-08-07', ns: '1903-08-20' })).toBe('7 (20) August 1903');
    expect(formatDual({ os: '1903-07-25', ns: '1903-08-07' })).toBe('25 July (7 August) 1903');
    expect(formatDual({ os: '1917-10-25', ns: '1917-11-07' })).toBe('25 October (7 November) 1917');
  });
  it('spots a pair of dates that are not the same day', () => {
    expect(isConsistent({ os: '1903-08-07', ns: '1903-08-20' })).toBe(true);
    expect(isConsistent({ os: '1903-08-07', ns: '1903-08-19' })).toBe(false);
    expect(isConsistent({ os: '1903-02-30', ns: '1903-03-15' })).toBe(false);
  });
});
