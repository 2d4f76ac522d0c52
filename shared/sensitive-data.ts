/**
 * Finds text that looks like child-protection case data before it leaves a request (a community
 * topic, a KB article, an e-mail). It errs on the side of asking: the person decides and redacts.
 */
import { z } from 'zod';

export const SENSITIVE_KINDS = ['case_id', 'phone', 'email', 'date_of_birth'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];
export type SensitiveFinding = { kind: SensitiveKind; text: string; start: number; end: number };

export const ZSensitiveKind = z.enum(SENSITIVE_KINDS);
/** A finding in the title or body of text about to leave a request; positions index into that field. */
export const ZFieldFinding = z.object({
  field: z.enum(['title', 'body']),
  kind: ZSensitiveKind,
  text: z.string(),
  start: z.number(),
  end: z.number(),
});
export type TFieldFinding = z.infer<typeof ZFieldFinding>;

const PATTERNS: { kind: SensitiveKind; pattern: RegExp }[] = [
  // Primero case and incident IDs: a short prefix and a long number or hex id (e.g. CP-2023-00042, case 3f2a9c1b).
  {
    kind: 'case_id',
    pattern: /(?<=\b(?:case|cas|caso|incident|incidente|حالة)\s*(?:id|no\.?|n°|#)?\s*[:#]?\s*)(?=[a-z-]*\d)[a-z0-9-]{5,}\b/giu,
  },
  { kind: 'case_id', pattern: /\b(?:CP|GBV|MRM|CPIMS|GBVIMS)[-_ ]?\d{2,4}[-_ ]?\d{3,}\b/gi },
  // Phone numbers: an optional +country code and 8+ digits with spaces, dots or dashes.
  { kind: 'phone', pattern: /(?<![\w.])\+?\d[\d .\-()]{7,}\d(?!\w)/g },
  { kind: 'email', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  // A date of birth: "born", "DOB", "né le", "nacido", "nascido" or "تاريخ الميلاد" followed by a date.
  {
    kind: 'date_of_birth',
    pattern:
      /(?:\bborn\b|\bDOB\b|date of birth|\bnée?\b(?: le)?|date de naissance|nacid[oa]|fecha de nacimiento|nascid[oa]|data de nascimento|تاريخ الميلاد|مواليد)\s*:?\s*(?:on\s*)?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/giu,
  },
];

/** Staff addresses (e.g. `@demo.test`, your organisation) that are not case data. */
export type SensitiveScanOptions = { staffEmailDomains?: string[] };

export function findSensitiveData(text: string, options: SensitiveScanOptions = {}): SensitiveFinding[] {
  const staffDomains = (options.staffEmailDomains ?? []).map((domain) => domain.toLowerCase());
  const findings: SensitiveFinding[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const found = match[0].trim();
      if (kind === 'email' && staffDomains.some((domain) => found.toLowerCase().endsWith(`@${domain}`))) continue;
      if (kind === 'phone' && found.replace(/\D/g, '').length < 8) continue;
      findings.push({ kind, text: found, start, end: start + match[0].length });
    }
  }
  // Keep the first of overlapping findings, in text order.
  findings.sort((a, b) => a.start - b.start);
  return findings.filter((finding, index) => index === 0 || finding.start >= findings[index - 1].end);
}

/** Replaces each finding with a marker such as `[phone removed]`. */
export function redactSensitiveData(text: string, findings: SensitiveFinding[]): string {
  let result = '';
  let position = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < position) continue;
    result += `${text.slice(position, finding.start)}[${finding.kind.replace(/_/g, ' ')} removed]`;
    position = finding.end;
  }
  return result + text.slice(position);
}

/** What the guard finds in a title and a body, each finding placed in its own field. */
export function findFieldSensitiveData(
  text: { title: string; body: string },
  options: SensitiveScanOptions = {},
): TFieldFinding[] {
  return (['title', 'body'] as const).flatMap((field) =>
    findSensitiveData(text[field], options).map((finding) => ({ field, ...finding })),
  );
}
