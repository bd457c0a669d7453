import { describe, expect, it } from 'vitest';
import { shown, shownLabel, shownLabels, someInEnglish } from './content';

const item = { heading: 'Sofas are dangerous', text: 'Never sleep on a sofa with the baby.', cy: { heading: 'Mae soffas yn beryglus' } };

describe("a pack's text in the language of the screen", () => {
  it('is the English in an English screen, whatever Welsh the pack has', () => {
    expect(shown('en', item.heading, item.cy, 'heading')).toEqual({ text: 'Sofas are dangerous', lang: 'en' });
  });

  it("is the pack's Welsh in a Welsh screen where it has it, and the English marked where not", () => {
    expect(shown('cy', item.heading, item.cy, 'heading')).toEqual({ text: 'Mae soffas yn beryglus', lang: 'cy' });
    expect(shown('cy', item.text, item.cy, 'text')).toEqual({ text: item.text, lang: 'en' });
  });

  it('is never blank: an empty Welsh text gives the English', () => {
    expect(shown('cy', 'Back to sleep', { heading: '  ' }, 'heading')).toEqual({ text: 'Back to sleep', lang: 'en' });
    expect(shown('cy', 'Back to sleep', null, 'heading').text).toBe('Back to sleep');
  });

  it('joins condition labels, English if any of them is', () => {
    const premature = { text: 'Baby born before 37 weeks', cy: 'Babi wedi’i eni cyn 37 wythnos' };
    const smoker = { text: 'Someone smokes', cy: null };
    expect(shownLabel('cy', premature)).toEqual({ text: premature.cy, lang: 'cy' });
    expect(shownLabels('cy', [premature, smoker])).toEqual({
      text: `${premature.cy}; Someone smokes`,
      lang: 'en',
    });
    expect(shownLabels('cy', [premature]).lang).toBe('cy');
  });

  it('tells a card whether it must say that some of its advice is in English', () => {
    const whole = { cy: { heading: 'Pennawd', text: 'Testun' }, fields: { heading: 'Heading', text: 'Text' } };
    const half = { cy: item.cy, fields: { heading: item.heading, text: item.text } };
    expect(someInEnglish('cy', [whole])).toBe(false);
    expect(someInEnglish('cy', [whole, half])).toBe(true);
    expect(someInEnglish('en', [half])).toBe(false);
  });
});
