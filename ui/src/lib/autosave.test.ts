import { describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from './autosave';

function manualTimers() {
  const timers: { f: () => void; ms: number }[] = [];
  return {
    setTimer: (f: () => void, ms: number) => {
      const t = { f, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (t: unknown) => {
      const i = timers.indexOf(t as { f: () => void; ms: number });
      if (i >= 0) timers.splice(i, 1);
    },
    fire: () => {
      const t = timers.shift();
      t?.f();
    },
    count: () => timers.length,
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Autosaver', () => {
  it('saves only the last of several quick changes', async () => {
    const t = manualTimers();
    const saved: string[] = [];
    const a = new Autosaver<string>({ save: async (v) => void saved.push(v), ...t });
    a.change('T');
    a.change('Th');
    a.change('The');
    expect(t.count()).toBe(1);
    t.fire();
    await tick();
    expect(saved).toEqual(['The']);
    expect(a.state).toBe('saved');
    expect(a.dirty).toBe(false);
  });

  it('never runs two saves at once and still saves the newest value', async () => {
    const t = manualTimers();
    let release!: () => void;
    const saved: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const a = new Autosaver<string>({
      save: (v) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        return new Promise<void>((r) => {
          release = () => {
            saved.push(v);
            running--;
            r();
          };
        });
      },
      ...t,
    });
    a.change('one');
    t.fire();
    await tick();
    a.change('two');
    t.fire();
    await tick();
    expect(maxRunning).toBe(1);
    release();
    await tick();
    await tick();
    release();
    await tick();
    expect(saved).toEqual(['one', 'two']);
    expect(maxRunning).toBe(1);
  });

  it('keeps a value whose save failed and saves it on flush', async () => {
    const t = manualTimers();
    const states: SaveState[] = [];
    let fail = true;
    const saved: string[] = [];
    const a = new Autosaver<string>({
      save: async (v) => {
        if (fail) throw { code: 'locked' };
        saved.push(v);
      },
      onState: (s) => states.push(s),
      ...t,
    });
    a.change('draft text');
    t.fire();
    await tick();
    expect(a.state).toBe('error');
    expect(a.dirty).toBe(true);
    fail = false;
    await a.flush();
    expect(saved).toEqual(['draft text']);
    expect(a.state).toBe('saved');
    expect(states).toEqual(['pending', 'saving', 'error', 'saving', 'saved']);
  });

  it('flush saves at once without waiting for the delay', async () => {
    const save = vi.fn(async () => undefined);
    const t = manualTimers();
    const a = new Autosaver<string>({ save, ...t });
    a.change('x');
    await a.flush();
    expect(save).toHaveBeenCalledWith('x');
    expect(t.count()).toBe(0);
  });
});
