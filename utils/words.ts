// Words put together at run time, in the catalogue's language (locales/<lang>.yml → `locale`): lists
// ("A, B and C") and the locale that dates, times and numbers follow.
import { i18n } from '#i18n';

/** The catalogue's language as a BCP 47 tag ("en", "pt-BR"). */
export const uiLocale = (): string => i18n.t('locale').replace('_', '-') || 'en';

/** "A", "A and B", "A, B and C". */
export const listed = (words: string[]): string => new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(words);
