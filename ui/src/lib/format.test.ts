import { beforeEach, describe, expect, it } from 'vitest';
import {
  isoFromParts,
  dayHeading,
  daysAgo,
  formatDate,
  makeThrottle,
  parseAliases,
  progressText,
  timeAgo,
  todayIso,
} from './format';
import { errorCode, errorMessage } from './api';
import { initCatalogues } from './i18n';

beforeEach(() => initCatalogues('en'));

const now = new Date(2026, 10, 27, 10, 0, 0);

describe('dates', () => {
  it('formats dates without the year in the current year', () => {
    expect(formatDate('2026-11-03', now)).toBe('3 Nov');
    expect(formatDate('2025-01-30', now)).toBe('30 Jan 2025');
    expect(formatDate(null, now)).toBe('');
  });

  it('says how long ago in words', () => {
    expect(daysAgo('2026-11-27', now)).toBe('today');
    expect(daysAgo('2026-11-26', now)).toBe('yesterday');
    expect(daysAgo('2026-11-20', now)).toBe('7 days ago');
    expect(daysAgo('2026-10-23', now)).toBe('5 weeks ago');
    expect(daysAgo('2026-05-27', now)).toBe('6 months ago');
    expect(daysAgo(null, now)).toBe('never');
  });

  it('names a planned day through Intl, whatever the time zone', () => {
    expect(dayHeading('2026-12-03')).toBe('Thursday 3 December');
    expect(dayHeading('2026-12-03', 'cy')).toBe('Dydd Iau, 3 Rhagfyr');
    expect(dayHeading('not a date')).toBe('not a date');
  });

  it('says dates and how long ago in Welsh when Welsh is chosen', async () => {
    await initCatalogues('cy');
    expect(formatDate('2026-11-03', now)).toBe('3 Tach');
    expect(daysAgo('2026-11-27', now)).toBe('heddiw');
    expect(daysAgo('2026-11-26', now)).toBe('ddoe');
    expect(daysAgo(null, now)).toBe('byth');
    expect(dayHeading('2026-12-03')).toBe('Dydd Iau, 3 Rhagfyr');
    expect(timeAgo('2026-11-27T11:15:00Z', new Date('2026-11-27T12:00:00Z'))).toBe('45 munud yn ôl');
  });

  it('gives today in local time', () => {
    expect(todayIso(now)).toBe('2026-11-27');
  });

  // Issue 37: run under several time zones (package.json's test:tz runs this file with TZ set
  // to Europe/London, Pacific/Auckland and America/Los_Angeles), a minute either side of
  // midnight and across the clocks changing.
  it('keeps the day right a minute either side of midnight', () => {
    const late = new Date(2026, 10, 27, 23, 59, 0);
    const early = new Date(2026, 10, 28, 0, 1, 0);
    expect(todayIso(late)).toBe('2026-11-27');
    expect(todayIso(early)).toBe('2026-11-28');
    expect(daysAgo('2026-11-27', late)).toBe('today');
    expect(daysAgo('2026-11-27', early)).toBe('yesterday');
    expect(daysAgo('2026-11-21', early)).toBe('7 days ago');
  });

  it('counts whole days across the clocks changing in March and October', () => {
    // UK clocks go forward on 29 March 2026 and back on 25 October 2026 (other zones at other
    // dates: the count must not depend on any of them).
    const afterSpring = new Date(2026, 2, 29, 0, 30, 0);
    expect(daysAgo('2026-03-28', afterSpring)).toBe('yesterday');
    expect(daysAgo('2026-03-22', afterSpring)).toBe('7 days ago');
    const spring = new Date(2026, 2, 30, 0, 30, 0);
    expect(daysAgo('2026-03-23', spring)).toBe('7 days ago');
    const autumn = new Date(2026, 9, 25, 23, 30, 0);
    expect(daysAgo('2026-10-24', autumn)).toBe('yesterday');
    expect(daysAgo('2026-10-18', autumn)).toBe('7 days ago');
    expect(todayIso(new Date(2026, 9, 25, 1, 30, 0))).toBe('2026-10-25');
  });
});

describe('forms', () => {
  it('splits aliases on commas, semicolons and new lines, dropping blanks', () => {
    expect(parseAliases('Kay, Kayla;; \n K-Dog ')).toEqual(['Kay', 'Kayla', 'K-Dog']);
    expect(parseAliases('  ')).toEqual([]);
  });

  it('shows progress, 100% when there is nothing to do', () => {
    expect(progressText(3, 12)).toEqual({ text: '3 of 12', percent: 25 });
    expect(progressText(0, 0)).toEqual({ text: '0 of 0', percent: 100 });
  });
});

describe('errors', () => {
  it('words an error from its code, and gives the code', () => {
    const e = { code: 'wrong_passphrase' };
    expect(errorMessage(e)).toBe('That passphrase or PIN is not right. Try again.');
    expect(errorCode(e)).toBe('wrong_passphrase');
  });

  it('never shows raw objects', () => {
    expect(errorMessage(42)).toMatch(/Something went wrong/);
    expect(errorCode(undefined)).toBe('unknown');
  });
});

describe('activity throttle', () => {
  it('reports at most once per interval', () => {
    let t = 0;
    const ok = makeThrottle(30_000, () => t);
    expect(ok()).toBe(true);
    t = 10_000;
    expect(ok()).toBe(false);
    t = 30_000;
    expect(ok()).toBe(true);
  });
});

describe('timeAgo', () => {
  const at = new Date(Date.UTC(2026, 10, 27, 12, 0, 0));
  it('says how long ago the last sync was, in words', () => {
    expect(timeAgo(null, at)).toBe('never');
    expect(timeAgo('2026-11-27T11:59:30+00:00', at)).toBe('just now');
    expect(timeAgo('2026-11-27T11:59:00Z', at)).toBe('1 minute ago');
    expect(timeAgo('2026-11-27T11:15:00Z', at)).toBe('45 minutes ago');
    expect(timeAgo('2026-11-27T10:00:00Z', at)).toBe('2 hours ago');
    expect(timeAgo('2026-11-26T12:00:00Z', at)).toBe('1 day ago');
    expect(timeAgo('2026-11-20T09:00:00Z', at)).toBe('7 days ago');
  });
  it('never says a time in the future or garbage is ago', () => {
    expect(timeAgo('2026-11-27T12:05:00Z', at)).toBe('just now');
    expect(timeAgo('not a time', at)).toBe('at an unknown time');
  });
});

describe('a date typed as day, month and year', () => {
  it('is the ISO date whatever the locale, and nothing until it is a real day', () => {
    expect(isoFromParts('6', '12', '2026')).toBe('2026-12-06');
    expect(isoFromParts(' 06 ', '12', '2026')).toBe('2026-12-06');
    expect(isoFromParts('29', '2', '2028')).toBe('2028-02-29');
    expect(isoFromParts('29', '2', '2026')).toBe('');
    expect(isoFromParts('31', '4', '2026')).toBe('');
    expect(isoFromParts('12', '13', '2026')).toBe('');
    expect(isoFromParts('6', '12', '26')).toBe('');
    expect(isoFromParts('', '', '')).toBe('');
    expect(isoFromParts('6', '', '2026')).toBe('');
    expect(isoFromParts('6a', '12', '2026')).toBe('');
  });
});
