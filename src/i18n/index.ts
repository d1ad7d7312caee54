import type { Lang } from '../data/schema';
import { en, type UiStrings } from './en';
import { ja } from './ja';

export type { UiStrings } from './en';

const dictionaries: Record<Lang, UiStrings> = { en, ja };

/** The UI strings of a language. */
export function t(lang: Lang): UiStrings {
  return dictionaries[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ja';
}
