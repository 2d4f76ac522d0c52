import type { TFunction } from 'i18next';
import { isLanguage, LANGUAGE_NAMES } from '../../i18n/languages.ts';
import { isModule } from '../../lib/enums.ts';

/** An article's language in its own name (English, العربية …), or its code for other languages. */
export const languageName = (code: string) => (isLanguage(code) ? LANGUAGE_NAMES[code] : code);

/** The module an article is for, or "All modules". */
export const moduleName = (t: TFunction, module: string | null) =>
  isModule(module) ? t(`module.${module}`) : t('kb.generalModule');

/** Right-to-left for Arabic articles, whatever the interface language. */
export const articleDirection = (language: string) => (language === 'ar' ? 'rtl' : 'ltr');
