import { afterEach, describe, expect, it } from 'vitest';
import { bootInfo } from './api';

const g = globalThis as { __DOORSTEP_BOOT__?: unknown };

describe('bootInfo', () => {
  afterEach(() => {
    delete g.__DOORSTEP_BOOT__;
  });

  it('is null when the back end put nothing on the page', () => {
    expect(bootInfo()).toBeNull();
  });

  it('is the info the back end put on the page', () => {
    g.__DOORSTEP_BOOT__ = {
      app_version: '0.1.0',
      content_version: '2026.11.1',
      content_hash: 'abc',
      schema_version: 5,
      store_exists: true,
      unlocked: false,
      strength_rule: { pin_digits: 6, passphrase_chars: 8, standalone_chars: 12 },
      auto_lock_minutes: 5,
    };
    const info = bootInfo();
    expect(info?.store_exists).toBe(true);
    expect(info?.unlocked).toBe(false);
  });

  it('ignores anything that is not app info', () => {
    g.__DOORSTEP_BOOT__ = 'unlocked';
    expect(bootInfo()).toBeNull();
    g.__DOORSTEP_BOOT__ = { unlocked: true };
    expect(bootInfo()).toBeNull();
  });
});
