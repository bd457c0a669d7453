// Words and dates as the practitioner reads them. No business rules here: only presentation.

import { intlLocale, t } from './i18n';
import type { ClosedReason, Closure, VisitStatus } from './types';

/** "2026-11-03" → "3 Nov 2026" (or "3 Nov" in the current year), in the language in use. */
export function formatDate(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const sameYear = Number(y) === now.getFullYear();
  return new Intl.DateTimeFormat(intlLocale(), {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Days between a `YYYY-MM-DD` date and today, in words: "today", "yesterday", "5 days ago". */
export function daysAgo(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return t('time.never');
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const then = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((today - then) / 86_400_000);
  const rtf = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'auto' });
  if (days < 14) return rtf.format(-days, 'day');
  if (days < 60) return rtf.format(-Math.round(days / 7), 'week');
  return rtf.format(-Math.round(days / 30), 'month');
}

/** "3 of 12" style progress, with a percentage for the progress bar. */
export function progressText(done: number, total: number): { text: string; percent: number } {
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return { text: t('prep.progress', { done, total }), percent };
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Aliases typed as "Kay, Kayla" → ["Kay", "Kayla"]. */
export function parseAliases(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}

/** A throttle for activity reports: true when enough time has passed since the last one. */
export function makeThrottle(intervalMs: number, clock: () => number = Date.now) {
  let last = -Infinity;
  return (): boolean => {
    const t = clock();
    if (t - last >= intervalMs) {
      last = t;
      return true;
    }
    return false;
  };
}

/** How long ago an RFC 3339 time was, in words: "just now", "1 minute ago", "2 hours ago". */
export function timeAgo(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return t('time.never');
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return t('time.unknown');
  const seconds = Math.max(0, Math.floor((now.getTime() - then) / 1000));
  const rtf = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'always' });
  if (seconds < 60) return t('time.justNow');
  if (seconds < 3600) return rtf.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return rtf.format(-Math.floor(seconds / 3600), 'hour');
  return rtf.format(-Math.floor(seconds / 86_400), 'day');
}

/** Why a family may be closed: each is said by the catalogue's `closed.<reason>` (in a
 * sentence) and `closed.<reason>.label` (as a choice). */
export const CLOSED_REASON: ClosedReason[] = ['moved_away', 'case_closed'];

/** "Closed 3 Dec (moved away) · erased from this device on 3 Mar 2027". */
export function closedText(c: Closure, now: Date = new Date()): string {
  return t('closed.text', {
    on: formatDate(c.on, now),
    reason: t(`closed.${c.reason}`),
    erase: formatDate(c.erase_on, now),
  });
}

/** The ways a visit does not happen, as the plan and the visit record offer them: each is said
 * by the catalogue's `missed.<status>` and `missed.<status>.hint`. */
export const DID_NOT_HAPPEN: VisitStatus[] = ['no_access', 'cancelled', 'not_brought'];

/** "Thursday 3 December" for a `YYYY-MM-DD` day, in the page's language. */
export function dayHeading(iso: string, locale = intlLocale()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(d);
}

/** The first letter in capitals ("routine visit" → "Routine visit"), for a label. */
export function ucfirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A date typed as day, month and year (numbers) as an ISO date; '' when any part is missing or
 * the three are not a real day (31 February). Independent of the machine's locale and time zone. */
export function isoFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return '';
  const [dd, mm, yy] = [Number(d), Number(m), Number(y)];
  const t = new Date(Date.UTC(yy, mm - 1, dd));
  if (t.getUTCFullYear() !== yy || t.getUTCMonth() !== mm - 1 || t.getUTCDate() !== dd) return '';
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
