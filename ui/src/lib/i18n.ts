// The UI's words in English and Welsh, through svelte-i18n (ICU messages: plurals by
// Intl.PluralRules in the chosen language). Every string a screen shows comes from
// src/i18n/{en,cy}.json; src/lib/i18n.test.ts fails when a key has no Welsh. The language is a
// preference of the device (not personal data), kept in the page's local storage so that the
// unlock screen already speaks it; without one it follows the system. English is in the page's
// script (it is every message's fallback); Welsh is a chunk of its own, loaded when it is used.

import { _, addMessages, getLocaleFromNavigator, init, locale, register, waitLocale } from 'svelte-i18n';
import { get } from 'svelte/store';
import en from '../i18n/en.json';

register('cy', () => import('../i18n/cy.json').then((m) => m.default));

export type Language = 'en' | 'cy';
export const LANGUAGES: { id: Language; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'cy', name: 'Cymraeg' },
];
const KEY = 'doorstep.language';

/** The language the system asks for: Welsh when it is first among Welsh and English. */
export function systemLanguage(): Language {
  const asked = getLocaleFromNavigator() ?? 'en';
  return asked.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

/** The language chosen in Settings, or null when it follows the system. */
export function chosenLanguage(): Language | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'en' || v === 'cy' ? v : null;
  } catch {
    return null;
  }
}

async function apply(lang: Language) {
  await locale.set(lang);
  document.documentElement.lang = lang;
}

/** Starts in `lang`, its catalogue loaded (no page needed: the unit tests call it). */
export async function initCatalogues(lang: Language) {
  addMessages('en', en);
  await init({ fallbackLocale: 'en', initialLocale: lang });
  await locale.set(lang);
  await waitLocale(lang);
}

/** Starts in the chosen (or the system's) language, its catalogue loaded; in English if that
 * catalogue cannot be loaded (the app starts rather than not at all). Gives the language. */
export async function startI18n(): Promise<Language> {
  let lang = chosenLanguage() ?? systemLanguage();
  try {
    await initCatalogues(lang);
  } catch {
    lang = 'en';
    await initCatalogues(lang);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return lang;
}

/** A message in the language in use, for code outside a component. */
export function t(key: string, values?: Record<string, string | number>): string {
  return get(_)(key, values ? { values } : undefined);
}

/** Chooses a language, or `null` to follow the system again. */
export function setLanguage(lang: Language | null) {
  try {
    if (lang) localStorage.setItem(KEY, lang);
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the choice lasts until the app is closed.
  }
  void apply(lang ?? systemLanguage());
}

/** The language in use, as Intl takes it ("en-GB" for English: dates as in the UK). */
export function intlLocale(): string {
  const l = get(locale) ?? 'en';
  return l.startsWith('cy') ? 'cy' : 'en-GB';
}
