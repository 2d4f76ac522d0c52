import type { TKbFinding } from '../../../../shared/kb-schemas.ts';
import { redactSensitiveData, type SensitiveFinding } from '../../../../shared/sensitive-data.ts';

/**
 * "Redact all": replaces every occurrence of each finding's text with a marker such as
 * `[phone removed]`. Occurrences are found again in the current text, so it still works after the
 * person edited it by hand (the server's positions refer to the text it sent).
 */
export function redactFindings(text: string, findings: TKbFinding[]): string {
  const located: SensitiveFinding[] = [];
  for (const finding of findings) {
    if (!finding.text) continue;
    for (let at = text.indexOf(finding.text); at !== -1; at = text.indexOf(finding.text, at + finding.text.length)) {
      located.push({ kind: finding.kind, text: finding.text, start: at, end: at + finding.text.length });
    }
  }
  return redactSensitiveData(text, located);
}
