import 'i18next';
import type { EnglishStrings } from './english.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishStrings };
  }
}
