import { describe, expect, it } from 'vitest';
import { get } from 'svelte/store';
import { _ } from 'svelte-i18n';
import { initCatalogues, type Language } from './i18n';
import type { AppError, Because, Change, Entry, Gap, ListedPrompt, Unknown } from './types';
import {
  becauseText,
  changeText,
  entryText,
  errorText,
  gapText,
  reasonText,
  recordText,
  roleLabel,
  ruleText,
  syncErrorText,
  unknownText,
} from './words';

const rule = { pin_digits: 6, passphrase_chars: 8, standalone_chars: 12 };

async function fmt(lang: Language) {
  await initCatalogues(lang);
  return get(_);
}

const partner: Unknown = {
  kind: 'member_not_seen',
  member_id: '00000000-0000-0000-0000-000000000001',
  role: 'partner',
  name: 'Synth Partner',
  never: true,
  visits: 1,
};
const sleep: Unknown = { ...partner, kind: 'sleep_space_not_seen', role: null, name: null, never: false, visits: 3 };
const missed: Gap = { kind: 'visits_did_not_happen', role: null, visits: 2 };
const seenAgain: Change = { kind: 'seen_again', role: 'other_adult', name: 'Synth Lodger' };

function prompt(extra: Partial<ListedPrompt>): ListedPrompt {
  return {
    id: 'p',
    theme: 'a',
    text: 'A question',
    why: [{ text: 'Baby born before 37 weeks', cy: null }],
    cy: {},
    every_visit: false,
    facts: [],
    raised: false,
    combination: false,
    carried_forward: null,
    urgency: 3,
    source: '',
    step: null,
    ...extra,
  };
}

describe('what the core sends, in words', () => {
  it('in English, as the core words it for the command line', async () => {
    const f = await fmt('en');
    expect(unknownText(f, partner)).toBe('Partner (Synth Partner) not yet seen: 1 visit');
    expect(unknownText(f, sleep)).toBe('Where the baby sleeps not seen: 3 visits');
    expect(gapText(f, { kind: 'member_not_seen', role: 'partner', visits: 3 })).toBe('Partner not seen ×3');
    expect(gapText(f, missed)).toBe('Visit did not happen ×2');
    expect(changeText(f, seenAgain)).toBe('Other adult (Synth Lodger) seen again');
    expect(changeText(f, { kind: 'first_visit', role: null, name: null })).toBe('First visit recorded');
    expect(roleLabel(f, 'grandparent')).toBe('Grandparent');
    expect(reasonText(f, 'en', prompt({}))).toBe('Baby born before 37 weeks');
    expect(reasonText(f, 'en', prompt({ why: [{ text: 'Every visit', cy: null }], every_visit: true }))).toBe('Every visit');
    expect(
      reasonText(f, 'en', prompt({ carried_forward: { visits: 2, since: '2026-11-01' } })),
    ).toBe('Not yet known: 2 visits');
    expect(ruleText(f, rule, true)).toContain('At least 6 digits for a PIN');
    expect(ruleText(f, rule, false)).toContain('at least 12 characters');
  });

  it('in Welsh, with no English left in them', async () => {
    const f = await fmt('cy');
    expect(unknownText(f, partner)).toBe('Heb weld Partner (Synth Partner) eto: 1 ymweliad');
    expect(unknownText(f, sleep)).toBe("Heb weld lle mae'r babi'n cysgu: 3 ymweliad");
    expect(gapText(f, missed)).toBe('Ymweliad heb ddigwydd ×2');
    expect(changeText(f, seenAgain)).toBe('Wedi gweld Oedolyn arall (Synth Lodger) eto');
    expect(roleLabel(f, 'mother')).toBe('Mam');
    expect(reasonText(f, 'cy', prompt({ every_visit: true, why: [{ text: 'Every visit', cy: null }] }))).toBe('Pob ymweliad');
    // A condition's label in Welsh where the pack has it.
    expect(reasonText(f, 'cy', prompt({ why: [{ text: 'Twins or more', cy: 'Gefeilliaid neu fwy' }] }))).toBe('Gefeilliaid neu fwy');
    expect(ruleText(f, rule, true)).toContain('O leiaf 6 digid');
  });
});

describe('what the record shows, in words', () => {
  const fell: Because = {
    kind: 'weight_fell',
    args: { name: 'Synth Baby', from: '75', to: '9', spaces: '3', from_date: '2025-08-01', date: '2025-11-02' },
  };
  const missedVisits: Because = {
    kind: 'visits_missed',
    args: { count: '4', not_brought: '1', no_access: '0', cancelled: '3', since: '2025-09-02', months: '3' },
  };
  const injury: Entry = {
    date: '2026-11-30',
    kind: 'injury',
    words: {
      kind: 'injury',
      args: { name: 'Synth Baby', kind: 'bruise', site: 'left cheek', explanation: 'a sibling did it', by: 'mother', action: '' },
    },
    labels: [],
    concern: true,
    visit_id: null,
  };

  it('in English: the facts, not only the condition', async () => {
    const f = await fmt('en');
    expect(becauseText(f, fell)).toBe("Synth Baby's weight fell from the 75th centile to the 9th centile (3 centile spaces) by 2 Nov 2025");
    expect(becauseText(f, missedVisits)).toBe('4 visits cancelled, not brought or with no access since 2 Sept 2025 (last 3 months)');
    expect(reasonText(f, 'en', prompt({ facts: [fell, missedVisits] }))).toContain('fell from the 75th');
    expect(entryText(f, 'en', injury)).toBe(
      'Bruise on Synth Baby (left cheek). Explanation given by mother: a sibling did it. What was done: not recorded',
    );
    expect(recordText(f, 'en', [injury])).toBe(
      '30 Nov 2026 [Concern]: Bruise on Synth Baby (left cheek). Explanation given by mother: a sibling did it. What was done: not recorded',
    );
  });

  it('in Welsh', async () => {
    const f = await fmt('cy');
    expect(becauseText(f, fell)).toContain('Canradd 75');
    expect(becauseText(f, fell)).not.toContain('fell');
    expect(entryText(f, 'cy', injury)).toContain('Clais ar Synth Baby (left cheek)');
  });
});

describe('errors', () => {
  const wrong: AppError = { code: 'wrong_passphrase', tries_left: 3 };

  it('are worded from their code, with the tries left', async () => {
    expect(errorText(await fmt('en'), wrong)).toBe(
      'That passphrase or PIN is not right. 3 tries left: after that, the data on this device is erased.',
    );
    expect(errorText(await fmt('en'), { ...wrong, tries_left: 1, wait_seconds: 30 })).toBe(
      'That passphrase or PIN is not right. Wait before trying again. 1 try left: after that, the data on this device is erased.',
    );
    expect(errorText(await fmt('cy'), wrong)).toBe(
      "Dydy'r cyfrinymadrodd neu'r PIN hwnnw ddim yn gywir. 3 cynnig ar ôl: wedyn, bydd y data ar y ddyfais hon yn cael ei ddileu.",
    );
  });

  it('say why a passphrase is weak, with the rule', async () => {
    const weak: AppError = { code: 'weak_passphrase', weakness: 'pin_too_short' };
    expect(errorText(await fmt('en'), weak, rule)).toBe(
      'A PIN needs at least 6 digits. At least 6 digits for a PIN (not one repeated digit or a run like 123456), or at least 8 characters for a passphrase.',
    );
    expect(errorText(await fmt('cy'), weak, rule)).toMatch(/^Mae angen o leiaf 6 digid ar PIN\./);
  });

  it('about the store and the keychain are worded in the language in use', async () => {
    const cy = await fmt('cy');
    for (const code of ['not_found', 'empty_passphrase', 'rekeyed', 'newer_schema', 'keychain', 'already_exists', 'no_encryption']) {
      expect(errorText(cy, { code }), code).toBe(cy(`error.${code}`));
    }
    // Where the cause is technical it follows, for the IT lead.
    for (const code of ['not_doorstep', 'corrupt', 'tampered', 'io', 'database', 'key']) {
      const e: AppError = { code, cause: 'file error: No space left on device (os error 28)' };
      expect(errorText(cy, e), code).toBe(
        `${cy(`error.${code}`)} Manylion i'ch arweinydd TG: file error: No space left on device (os error 28)`,
      );
    }
    expect(errorText(await fmt('en'), { code: 'rekeyed' })).toBe(
      'The passphrase or PIN was changed. Unlock again with the new one.',
    );
  });

  it('say what exactly is wrong from the detail, with its numbers, in the language in use', async () => {
    const long: AppError = { code: 'invalid', detail: 'visit.notes_too_long', max: 20000 };
    expect(errorText(await fmt('en'), long)).toBe('The notes are longer than 20,000 characters.');
    expect(errorText(await fmt('cy'), long)).toBe("Mae'r nodiadau'n hirach na 20,000 nod.");
    const range: AppError = { code: 'invalid', detail: 'auto_lock', min: 1, max: 60 };
    expect(errorText(await fmt('cy'), range)).toBe('Dewiswch rhwng 1 a 60 munud cyn i Doorstep gloi ei hun.');
    const code: AppError = { code: 'enrol', detail: 'bad_code' };
    expect(errorText(await fmt('cy'), code)).toMatch(/^Ni chafodd y cod ei dderbyn/);
  });

  it("keep a team server's own words after the app's, for a refusal", async () => {
    const cy = await fmt('cy');
    const e: AppError = { code: 'enrol', cause: 'The team server refused the request: bad label' };
    expect(errorText(cy, e)).toBe(
      `${cy('error.enrol')} Manylion i'ch arweinydd TG: The team server refused the request: bad label`,
    );
  });

  it('say something went wrong for a code the catalogue does not know (never a raw code)', async () => {
    const cy = await fmt('cy');
    expect(errorText(cy, { code: 'no_such_code' })).toBe(cy('common.wentWrong'));
    expect(errorText(cy, { code: 'invalid', detail: 'no_such_detail' })).toBe(cy('error.invalid'));
  });
});

describe('the sync line', () => {
  it('says why the last sync failed in the language in use, from its code', async () => {
    const s = { last_error: 'Could not reach the team server (no connection). …', last_error_code: 'offline' };
    expect(syncErrorText(await fmt('cy'), s)).toMatch(/^Doedd dim modd cyrraedd gweinydd y tîm\./);
    expect(syncErrorText(await fmt('en'), s)).toMatch(/^Could not reach the team server\./);
  });

  it("keeps the server's own words for a refusal, and says nothing when nothing failed", async () => {
    const refused = { last_error: 'The team server refused the request: bad week', last_error_code: 'refused' };
    expect(syncErrorText(await fmt('cy'), refused)).toBe(refused.last_error);
    // A store written before the code was kept: the words as they were.
    expect(syncErrorText(await fmt('cy'), { last_error: 'Old words', last_error_code: null })).toBe('Old words');
    expect(syncErrorText(await fmt('cy'), { last_error: null, last_error_code: null })).toBeNull();
  });
});
