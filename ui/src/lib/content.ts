// The content packs' text in the language in use. Each item comes with its English and, where
// the pack has it, its Welsh (`cy`, by the English field's name). In a Welsh screen the Welsh is
// shown where it exists and the English otherwise, marked `lang="en"` (so a screen reader reads
// it as English) and counted, so a card can say that some of its advice is not yet in Welsh.
// Never a blank: an empty Welsh text falls back to the English.

export type Lang = 'en' | 'cy';
type Cy = Partial<Record<string, string>> | null | undefined;

/** A text as shown, with the language it is in. */
export interface Shown {
  text: string;
  lang: Lang;
}

function welshScreen(locale: string | null | undefined): boolean {
  return (locale ?? 'en').startsWith('cy');
}

/** `field` of an item (`en` is its English) in the language of the screen. */
export function shown(locale: string | null | undefined, en: string, cy: Cy, field: string): Shown {
  const welsh = cy?.[field];
  if (welshScreen(locale) && welsh && welsh.trim() !== '') return { text: welsh, lang: 'cy' };
  return { text: en, lang: 'en' };
}

/** A label (`{text, cy}`, a condition's say) in the language of the screen. */
export function shownLabel(locale: string | null | undefined, l: { text: string; cy: string | null }): Shown {
  return shown(locale, l.text, { text: l.cy ?? undefined }, 'text');
}

/** Labels joined ("; "), and the language of the whole: English if any of them is. */
export function shownLabels(locale: string | null | undefined, ls: { text: string; cy: string | null }[]): Shown {
  const parts = ls.map((l) => shownLabel(locale, l));
  return {
    text: parts.map((p) => p.text).join('; '),
    lang: parts.every((p) => p.lang === 'cy') ? 'cy' : 'en',
  };
}

/** Whether a Welsh screen shows some of these fields in English (the card then says so). */
export function someInEnglish(
  locale: string | null | undefined,
  items: { cy: Cy; fields: Record<string, string> }[],
): boolean {
  if (!welshScreen(locale)) return false;
  return items.some((i) => Object.entries(i.fields).some(([f, en]) => shown(locale, en, i.cy, f).lang === 'en'));
}
