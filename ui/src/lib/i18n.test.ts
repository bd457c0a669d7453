// The catalogue check: every English string has a Welsh one, both parse as ICU messages with the
// same placeholders, Welsh plurals go through Intl, and no screen holds words of its own.

import { type MessageFormatElement, TYPE, parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import cy from '../i18n/cy.json';
import en from '../i18n/en.json';
import { initCatalogues, t } from './i18n';

const EN = en as Record<string, string>;
const CY = cy as Record<string, string>;

/** The arguments a message takes ({name}, {count, plural, …}), by the ICU parser. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: MessageFormatElement[]) => {
    for (const n of nodes) {
      if ('value' in n && typeof n.value === 'string' && n.type !== TYPE.literal) {
        names.add(n.value);
      }
      if ('options' in n) for (const o of Object.values(n.options)) walk(o.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** Words left in a component's markup: text outside tags and `{…}`, and literal labels. */
export function literalWords(source: string): string[] {
  let s = source.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
  const found: string[] = [];
  for (const m of s.matchAll(/\b(?:aria-label|placeholder|title|alt)="([^"{]*[A-Za-z]{2,}[^"]*)"/g)) {
    found.push(m[1]);
  }
  // Drop {…} (nested), then tags, then what is left between them.
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s.replace(/\{[^{}]*\}/g, ' ');
  }
  s = s.replace(/<[^>]*>/g, '\n');
  for (const line of s.split('\n')) {
    const text = line.trim();
    if (/[A-Za-z]{2,}/.test(text) && text !== 'Doorstep') found.push(text);
  }
  return found;
}

describe('the Welsh catalogue', () => {
  it('has every English key, and nothing English does not have', () => {
    const missing = Object.keys(EN).filter((k) => !(k in CY));
    const extra = Object.keys(CY).filter((k) => !(k in EN));
    expect(missing, 'English strings with no Welsh key').toEqual([]);
    expect(extra, 'Welsh keys with no English string').toEqual([]);
  });

  it('has no empty message, and each parses with the same placeholders as the English', () => {
    for (const [key, english] of Object.entries(EN)) {
      const welsh = CY[key];
      expect(welsh.trim(), key).not.toBe('');
      expect(() => new IntlMessageFormat(english, 'en'), key).not.toThrow();
      expect(() => new IntlMessageFormat(welsh, 'cy'), key).not.toThrow();
      expect(placeholders(welsh), key).toEqual(placeholders(english));
    }
  });

  it('says plurals as each language does', async () => {
    await initCatalogues('en');
    expect(t('families.people', { count: 1 })).toBe('1 person');
    expect(t('families.people', { count: 3 })).toBe('3 people');
    expect(t('sync.newReplies', { count: 2 })).toBe('2 new replies');
    await initCatalogues('cy');
    expect(t('families.people', { count: 1 })).toBe('1 person');
    expect(t('families.people', { count: 3 })).toBe('3 o bobl');
    expect(t('sync.arrived', { count: 1 })).toBe('Mae ateb gan eich goruchwyliwr wedi cyrraedd.');
    expect(t('sync.arrived', { count: 2 })).toBe('Mae 2 ateb gan eich goruchwyliwr wedi cyrraedd.');
    await initCatalogues('en');
    expect(t('share.sentWith', { week: '2026-W49', themes: 'A', author: '', hasAuthor: 'no', signals: 'no' })).toBe(
      "Sent with: week 2026-W49; themes A. No family's names, no dates, nothing else from the family's record.",
    );
    expect(t('share.sentWith', { week: '2026-W49', themes: 'A', author: 'Robin', hasAuthor: 'yes', signals: 'yes' })).toBe(
      "Sent with: week 2026-W49; themes A; your name, Robin. No family's names, no dates, nothing else from the family's record but what the next line lists.",
    );
  });
});

describe('what the anonymiser hides, and why', () => {
  // The share review names each redaction's kind and the rule that found it in the language in
  // use: every kind and every rule the Rust core can give (its generated types) has a message.
  const bindings = import.meta.glob('./bindings.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;
  const source = Object.values(bindings)[0] ?? '';
  const members = (type: string) => {
    const union = new RegExp(`export type ${type} = ([^;]+);`).exec(source)?.[1] ?? '';
    return [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
  };

  for (const [type, prefix, least] of [
    ['Kind', 'share.kind', 10],
    ['Rule', 'share.rule', 30],
  ] as const) {
    it(`each ${type} has words in English and Welsh`, () => {
      const all = members(type);
      expect(all.length).toBeGreaterThan(least);
      for (const k of all) {
        expect(EN[`${prefix}.${k}`], k).toBeTruthy();
        expect(CY[`${prefix}.${k}`], k).toBeTruthy();
      }
    });
  }
});

describe('the screens', () => {
  const sources: Record<string, string> = Object.fromEntries(
    Object.entries(
      import.meta.glob(['../screens/*.svelte', '../App.svelte'], {
        query: '?raw',
        import: 'default',
        eager: true,
      }) as Record<string, string>,
    ).map(([path, text]) => [path.split('/').pop() ?? path, text]),
  );

  it('hold no words of their own: every one speaks through the catalogue', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    const found = Object.entries(sources).flatMap(([name, text]) => literalWords(text).map((w) => `${name}: ${w}`));
    expect(found).toEqual([]);
  });

  it('catch a word left in markup', () => {
    expect(literalWords('<p>{$_(\'a\')}</p><button aria-label="Close it">{x}</button><p>Left here</p>')).toEqual([
      'Close it',
      'Left here',
    ]);
  });
});
