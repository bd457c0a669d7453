// The growth chart's lines, how a baby moves, and the kinds of injury, as the visit form offers
// them (the Rust core's values, bindings.ts), worded from the catalogues.

import type { Centile, InjuryKind, Mobility } from './types';
import type { Fmt } from './words';

/** The chart's positions, lowest first. */
export const CENTILES: Centile[] = [
  'below_0.4',
  '0.4',
  '2',
  '9',
  '25',
  '50',
  '75',
  '91',
  '98',
  '99.6',
  'above_99.6',
];

export const MOBILITIES: Mobility[] = ['not_yet_rolling', 'rolling', 'crawling', 'pulling_to_stand', 'walking'];

export const INJURY_KINDS: InjuryKind[] = ['bruise', 'mark', 'burn', 'torn_frenulum', 'petechiae', 'other'];

/** A whole number typed in a field (grams, weeks), or `null` when it is empty or not a number. */
export function wholeNumber(text: string): number | null {
  const n = Number.parseInt(text, 10);
  return text.trim() && !Number.isNaN(n) ? n : null;
}

/** A centile position in words ("9th centile", "below the 0.4th centile"). */
export function centileText(fmt: Fmt, c: Centile | string): string {
  return fmt(`centile.${c.replace('.', '_')}`);
}
