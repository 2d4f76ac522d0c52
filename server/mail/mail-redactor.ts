import { findSensitiveData } from '../../shared/sensitive-data.ts';
import type { MailLocale } from './mail-locale.ts';
import { LAYOUT_STRINGS } from './templates/layout-strings.ts';

export type MailRedactor = {
  /** The text with every part the sensitive-data guard flags replaced by "[removed]". */
  redact: (text: string) => string;
  /** Whether anything was removed so far, so the mail can say "open Support Hub to read it". */
  isRedacted: () => boolean;
};

/** One redactor per mail being composed; staff addresses are work contacts, not case data. */
export function createMailRedactor(locale: MailLocale, staffEmailDomains: string[]): MailRedactor {
  const marker = LAYOUT_STRINGS[locale].removed;
  let hasRemoved = false;
  return {
    redact: (text) => {
      const findings = findSensitiveData(text, { staffEmailDomains });
      if (findings.length === 0) return text;
      hasRemoved = true;
      let result = '';
      let position = 0;
      for (const finding of findings) {
        result += text.slice(position, finding.start) + marker;
        position = finding.end;
      }
      return result + text.slice(position);
    },
    isRedacted: () => hasRemoved,
  };
}
