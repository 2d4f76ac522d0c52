import { DOSSIER_FIELDS, MODULES } from '../../shared/constants.ts';
import type { TDossier } from '../../shared/schemas.ts';
import type { FieldError } from '../errors.ts';

const MESSAGES: Record<(typeof DOSSIER_FIELDS)[number], string> = {
  module: 'name the module the issue is in',
  siteId: 'name the site (country) that reported it',
  title: 'give a summary title',
  description: 'describe the issue in detail',
  moduleVersion: 'give the module version, e.g. v2.11.0',
  instanceUrl: 'give the URL of the Primero instance',
  impactedUsers: 'list the impacted users',
  impactedRoles: 'list the impacted roles',
  browser: 'name the browser and its version',
  operatingSystem: 'name the operating system or device',
  stepsToReproduce: 'list the steps to reproduce',
  expectedResult: 'say what should have happened',
  actualResult: 'say what happened instead',
};

/** Every problem with a level-3 dossier, one per field, as `dossier.<field>`. */
export function dossierProblems(
  dossier: TDossier | undefined,
  context: { siteId: string; attachmentIds: Set<string> },
): FieldError[] {
  const value = dossier ?? {};
  const problems: FieldError[] = [];
  for (const field of DOSSIER_FIELDS) {
    if (!value[field]?.trim()) problems.push({ field: `dossier.${field}`, message: `is required: ${MESSAGES[field]}` });
  }
  const has = (field: keyof TDossier) => !problems.some((problem) => problem.field === `dossier.${field}`);
  if (has('module') && !MODULES.includes(value.module as never)) {
    problems.push({ field: 'dossier.module', message: `must be one of ${MODULES.join(', ')}` });
  }
  if (has('siteId') && value.siteId !== context.siteId) {
    problems.push({ field: 'dossier.siteId', message: 'must be the site of this request' });
  }
  if (has('instanceUrl') && !/^https?:\/\/\S+$/i.test(value.instanceUrl ?? '')) {
    problems.push({ field: 'dossier.instanceUrl', message: 'must be an http(s) URL' });
  }
  const screenshots = value.screenshotAttachmentIds ?? [];
  const unknown = screenshots.filter((id) => !context.attachmentIds.has(id));
  if (unknown.length > 0) {
    problems.push({ field: 'dossier.screenshotAttachmentIds', message: 'must be files attached to this request' });
  } else if (screenshots.length === 0 && !value.noScreenshotReason?.trim()) {
    problems.push({
      field: 'dossier.screenshotAttachmentIds',
      message: 'attach at least one screenshot, or give the reason there is none (noScreenshotReason)',
    });
  }
  return problems;
}

/** The dossier as stored: trimmed strings, nothing the schema does not know. */
export function normaliseDossier(dossier: TDossier): TDossier {
  const entries = Object.entries(dossier).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]);
  return Object.fromEntries(entries) as TDossier;
}
