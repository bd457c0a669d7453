// What the Rust core sends as facts (a kind, a role, a count), put into words in the language
// in use from the catalogues (`role.*`, `unknown.*`, `change.*`, `rule.*`, `error.*`,
// `weak.*`). Each takes the formatter (`$_` in a component), so a screen re-words at once when
// the language changes.

import { shownLabels } from './content';
import { formatDate, ucfirst } from './format';
import { centileText } from './growth';
import type { AppError, Because, Change, Entry, Gap, ListedPrompt, Role, StrengthRule, SyncStatus, Unknown } from './types';

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

/** The values of a fact's words, ready for the catalogue: dates in the language in use, a
 * centile, a mobility, an injury kind or a role in words. */
function becauseValues(fmt: Fmt, args: Record<string, string>): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(args)) {
    if (k === 'date' || k === 'since' || k === 'from_date') out[k] = formatDate(v);
    else if (k === 'from' || k === 'to' || k === 'at' || k === 'centile') out[k] = v ? centileText(fmt, v) : '';
    else if (k === 'mobility') out[k] = say(fmt, `mobility.${v}`).toLowerCase();
    else if (k === 'kind') out[k] = say(fmt, `injury.${v}`);
    else if (k === 'role') out[k] = v ? roleLabel(fmt, v) : '';
    else if (/^\d+$/.test(v)) out[k] = Number(v);
    else out[k] = v;
  }
  out.where = args.site ? ` (${args.site})` : '';
  return out;
}

/** What in the record shows a fact ("3 visits missed since 2 Sept"), in the language in use
 * (`because.*`); the core's English where the catalogue has no words for it. */
export function becauseText(fmt: Fmt, b: Because): string {
  const key = b.kind === 'sibling_age' && !b.args.months ? 'because.sibling_age.unknown' : `because.${b.kind}`;
  return known(fmt, key, becauseValues(fmt, b.args)) ?? b.kind;
}

/** Why a prompt is on the list: how long unknown, then what in this family's record raised it,
 * or that it is asked at every visit, or its conditions (their labels in the language of the
 * screen where the pack has it). */
export function reasonText(fmt: Fmt, locale: string | null | undefined, p: ListedPrompt): string {
  const carried = carriedText(fmt, p);
  const facts = p.facts.map((b) => becauseText(fmt, b)).join('; ');
  if (facts) return carried ? `${carried}; ${facts}` : facts;
  return carried ?? (p.every_visit ? say(fmt, 'prep.everyVisit') : shownLabels(locale, p.why).text);
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

/** One line of the chronology in the language in use (`chronology.*`), from the core's facts
 * and the pack's labels. */
export function entryText(fmt: Fmt, locale: string | null | undefined, e: Entry): string {
  const a = e.words.args;
  const v = becauseValues(fmt, a);
  const none = say(fmt, 'chronology.notRecorded');
  switch (e.words.kind) {
    case 'visit_done': {
      const why = a.why ? ` (${a.why})` : '';
      return say(fmt, 'chronology.visit_done', {
        visit: ucfirst(say(fmt, `kind.${a.visit}`)),
        seen: a.seen || say(fmt, 'chronology.seen.nobody'),
        alone: say(fmt, `chronology.alone.${a.alone}`, { why }),
        sleep: say(fmt, `chronology.sleep.${a.sleep}`),
      });
    }
    case 'visit_did_not_happen':
      return say(fmt, 'chronology.visit_did_not_happen', { what: say(fmt, `missed.${a.status}`) });
    case 'injury':
      return say(fmt, 'chronology.injury', {
        ...v,
        by: a.by ? say(fmt, 'chronology.by', { who: a.by }) : '',
        explanation: a.explanation || none,
        action: a.action || none,
      });
    case 'weight': {
      const centile = a.centile ? say(fmt, 'chronology.weightOn', { centile: centileText(fmt, a.centile) }) : '';
      const fell = a.from
        ? say(fmt, 'chronology.fell', { from: centileText(fmt, a.from), spaces: Number(a.spaces) })
        : e.concern
          ? say(fmt, 'chronology.concernNg75')
          : '';
      return say(fmt, 'chronology.weight', { ...v, centile }) + fell;
    }
    case 'flag_set':
    case 'flag_cleared':
      return say(fmt, `chronology.${e.words.kind}`, { label: shownLabels(locale, e.labels).text });
    case 'action': {
      const who = a.who ? say(fmt, 'chronology.actionWho', { who: a.who }) : '';
      const due = a.due ? say(fmt, 'chronology.actionDue', { date: formatDate(a.due) }) : '';
      const done = a.done ? say(fmt, 'chronology.actionDone', { date: formatDate(a.done) }) : '';
      return say(fmt, 'chronology.action', { what: a.what, who, due, done });
    }
    case 'reflection': {
      const answers = e.labels.length ? `: ${shownLabels(locale, e.labels).text}` : '';
      const actions = a.actions ? say(fmt, 'chronology.actions', { actions: a.actions }) : '';
      return say(fmt, 'chronology.reflection', { answers, actions });
    }
    default:
      return known(fmt, `chronology.${e.words.kind}`, v) ?? e.words.kind;
  }
}

/** The chronology (or one visit of it) as plain text for the organisation's own record. */
export function recordText(fmt: Fmt, locale: string | null | undefined, entries: Entry[]): string {
  return entries
    .map((e) => {
      const mark = e.concern ? ` [${say(fmt, 'chronology.concern')}]` : '';
      return `${formatDate(e.date, new Date(0))}${mark}: ${entryText(fmt, locale, e)}`;
    })
    .join('\n');
}
