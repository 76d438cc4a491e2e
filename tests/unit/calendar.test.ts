import { describe, expect, it } from 'vitest';
import { ageOn, formatDual, isConsistent, isLeapYear, parseIsoDay, toDual } from '../../src/core/calendar.ts';

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
  it('gets the Julian leap day of 1900 right: 29 February (Old Style) is 13 March (New Style)', () => {
    expect(toDual('1900-02-28', 'os').ns).toBe('1900-03-12');
    expect(toDual('1900-02-29', 'os').ns).toBe('1900-03-13');
    expect(toDual('1900-03-01', 'os').ns).toBe('1900-03-14');
    expect(toDual('1900-03-13', 'ns').os).toBe('1900-02-29');
    expect(toDual('1900-03-12', 'ns').os).toBe('1900-02-28');
  });
  it('accepts 29 February only in a leap year of the calendar named', () => {
    expect(isLeapYear(1900, 'os')).toBe(true);
    expect(isLeapYear(1900, 'ns')).toBe(false);
    expect(isLeapYear(2000, 'ns')).toBe(true);
    expect(parseIsoDay('1900-02-29', 'os')).not.toBeNull();
    expect(parseIsoDay('1900-02-29', 'ns')).toBeNull();
    expect(parseIsoDay('1901-02-29')).toBeNull();
    expect(parseIsoDay('1903-02-29', 'os')).toBeNull();
    expect(parseIsoDay('1904-02-29', 'ns')).not.toBeNull();
    expect(() => toDual('1900-02-29', 'ns')).toThrow();
    expect(() => toDual('1901-02-29', 'os')).toThrow();
  });
  it('round-trips every day from 1870 to 1920 in both directions', () => {
    let day = Date.UTC(1870, 0, 1);
    for (let i = 0; i < 365 * 50; i++, day += 86_400_000) {
      const ns = new Date(day).toISOString().slice(0, 10);
      const { os } = toDual(ns, 'ns');
      expect(toDual(os, 'os').ns).toBe(ns);
    }
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
  it('gives an age in completed years, from a birth date and a day (both New Style)', () => {
    expect(ageOn('1879-11-07', '1905-01-23')).toBe(25);
    expect(ageOn('1879-11-07', '1904-09-15')).toBe(24);
    expect(ageOn('1879-11-07', '1879-11-07')).toBe(0);
    expect(ageOn('1879-11-07', '1917-11-06')).toBe(37);
    expect(ageOn('1879-11-07', '1917-11-07')).toBe(38);
  });
});
