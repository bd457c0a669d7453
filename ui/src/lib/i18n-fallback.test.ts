// The app starts in English when the Welsh catalogue cannot be loaded (a damaged install, a
// chunk missing): never a blank or broken first screen.

import { get } from 'svelte/store';
import { locale } from 'svelte-i18n';
import { afterAll, describe, expect, it, vi } from 'vitest';
import en from '../i18n/en.json';

// Loading the Welsh catalogue fails, as a missing chunk would.
vi.mock('../i18n/cy.json', () => {
  throw new Error('catalogue chunk missing');
});

describe('starting in a language whose catalogue cannot be loaded', () => {
  // Welsh chosen in Settings on this device.
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => (k === 'doorstep.language' ? 'cy' : null),
    setItem: () => undefined,
    removeItem: () => undefined,
  });
  afterAll(() => vi.unstubAllGlobals());

  it('starts in English, with the English words', async () => {
    const { chosenLanguage, startI18n, t } = await import('./i18n');
    expect(chosenLanguage()).toBe('cy');
    await expect(startI18n()).resolves.toBe('en');
    expect(get(locale)).toBe('en');
    const EN = en as Record<string, string>;
    expect(t('unlock.title')).toBe(EN['unlock.title']);
  });
});
