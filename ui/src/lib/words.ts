// What the Rust core sends as facts (a kind, a role, a count), put into words in the language
// in use from the catalogues (`role.*`, `unknown.*`, `change.*`, `rule.*`, `error.*`,
// `weak.*`). Each takes the formatter (`$_` in a component), so a screen re-words at once when
// the language changes.

import { shownLabels } from './content';
import type { AppError, Change, Gap, ListedPrompt, Role, StrengthRule, SyncStatus, Unknown } from './types';

type Values = Record<string, string | number>;
/** svelte-i18n's formatter (`$_`, or `get(_)` outside a component). */
export type Fmt = (id: string, options?: { values?: Values }) => string;

function say(fmt: Fmt, key: string, values?: Values): string {
  return fmt(key, values ? { values } : undefined);
}

/** The catalogue's words for `key`, or null where it has none (svelte-i18n gives the key back):
 * the caller then shows the core's own English. */
function known(fmt: Fmt, key: string, values?: Values): string | null {
  const words = say(fmt, key, values);
  return words === key ? null : words;
}

/** A role as a label ("Other adult"). */
export function roleLabel(fmt: Fmt, role: Role | string | null): string {
  return role ? say(fmt, `role.${role}`) : '';
}

/** What is still unknown, in full ("Partner (Dean) not seen: 3 visits"). */
export function unknownText(fmt: Fmt, u: Unknown): string {
  return say(fmt, `unknown.${u.kind}`, {
    role: roleLabel(fmt, u.role),
    name: u.name ?? '',
    never: u.never ? 'yes' : 'no',
    count: u.visits,
  });
}

/** What is still unknown, short and without names ("Partner not seen ×3"). */
export function gapText(fmt: Fmt, g: Gap): string {
  return say(fmt, `unknown.${g.kind}.short`, { role: roleLabel(fmt, g.role), count: g.visits });
}

/** What changed at a visit ("Partner (Dean) seen again"). */
export function changeText(fmt: Fmt, c: Change): string {
  return say(fmt, `change.${c.kind}`, { role: roleLabel(fmt, c.role), name: c.name ?? '' });
}

/** A prompt's badge when carried forward ("Not yet known: 2 visits"), or null. */
export function carriedText(fmt: Fmt, p: ListedPrompt): string | null {
  return p.carried_forward ? say(fmt, 'prep.notYetKnown', { count: p.carried_forward.visits }) : null;
}

/** Why a prompt is on the list: how long unknown, asked at every visit, or its conditions (their
 * labels in the language of the screen where the pack has it). */
export function reasonText(fmt: Fmt, locale: string | null | undefined, p: ListedPrompt): string {
  return (
    carriedText(fmt, p) ??
    (p.every_visit ? say(fmt, 'prep.everyVisit') : shownLabels(locale, p.why).text)
  );
}

/** The passphrase rule, for a device with or without a keychain. */
export function ruleText(fmt: Fmt, rule: StrengthRule, keychain: boolean): string {
  return keychain
    ? say(fmt, 'rule.keychain', { pin: rule.pin_digits, chars: rule.passphrase_chars })
    : say(fmt, 'rule.standalone', { chars: rule.standalone_chars });
}

/**
 * The words for an error from a command, in the language in use, from its facts: the code, what
 * exactly (`detail`) with its numbers, the tries left, why a passphrase is weak. The catalogue is
 * the one place an error's words are written (src-tauri/tests/errors_worded.rs checks every error
 * the core can give has them); a technical cause (or a team server's own words) follows, for the
 * IT lead. `rule` words a weak passphrase with the numbers of the rule.
 */
export function errorText(fmt: Fmt, e: AppError, rule?: StrengthRule): string {
  if (e.code === 'weak_passphrase' && e.weakness && rule) {
    const values = {
      pin: rule.pin_digits,
      chars: rule.passphrase_chars,
      standalone: rule.standalone_chars,
    };
    const keychain = !['needs_passphrase', 'too_guessable_alone'].includes(e.weakness);
    const why = say(fmt, `weak.${e.weakness}`, values);
    return keychain ? `${why} ${ruleText(fmt, rule, true)}` : why;
  }
  if (e.detail) {
    // What exactly is wrong (`error.invalid.household.empty_member_name`), with its numbers.
    // src-tauri/tests/errors_worded.rs checks every error the core gives has words.
    const words = known(fmt, `error.${e.code}.${e.detail}`, { min: e.min ?? 0, max: e.max ?? 0 });
    if (words) return words;
  }
  if (typeof e.tries_left === 'number') {
    const words = known(fmt, `error.${e.code}.left`, {
      count: e.tries_left,
      wait: (e.wait_seconds ?? 0) > 0 ? 'yes' : 'no',
    });
    if (words) return words;
  }
  const words = known(fmt, `error.${e.code}`) ?? say(fmt, 'common.wentWrong');
  // What to do in the language in use, then the cause as the core gives it, for the IT lead.
  return e.cause ? `${words} ${say(fmt, 'error.cause', { cause: e.cause })}` : words;
}

/** Why the last sync failed, in the language in use from its code; the core's English where
 * the catalogue has no words for it (a server's refusal is in the server's own words). */
export function syncErrorText(fmt: Fmt, s: Pick<SyncStatus, 'last_error' | 'last_error_code'>): string | null {
  if (!s.last_error) return null;
  return (s.last_error_code && known(fmt, `sync.error.${s.last_error_code}`)) || s.last_error;
}
