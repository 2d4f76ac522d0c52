import type { TDossier } from '../../shared/schemas.ts';

/** What an issue is made of: the request, its site and dossier, and the way back to it. */
export type IssueSource = {
  reference: string;
  summary: string;
  module: string;
  urgency: string;
  siteCode: string;
  siteName: string;
  description: string;
  dossier: TDossier | null;
  requestUrl: string;
};

export const DOSSIER_LABELS: [keyof TDossier, string][] = [
  ['title', 'Summary'],
  ['description', 'Description'],
  ['moduleVersion', 'Module version'],
  ['instanceUrl', 'Instance URL'],
  ['impactedUsers', 'Impacted users'],
  ['impactedRoles', 'Impacted roles'],
  ['browser', 'Browser'],
  ['operatingSystem', 'Operating system / device'],
  ['stepsToReproduce', 'Steps to reproduce'],
  ['expectedResult', 'Expected result'],
  ['actualResult', 'Actual result'],
  ['noScreenshotReason', 'Why there is no screenshot'],
];

/** The label that finds a request's issue again; also what makes creating it idempotent. */
export const referenceLabel = (reference: string) => `support-hub-${reference}`;

/** The dossier's filled fields in order, as label/text pairs. */
export function dossierSections(source: IssueSource): { label: string; text: string }[] {
  const dossier = source.dossier ?? {};
  const sections = [
    { label: 'Site', text: `${source.siteName} (${source.siteCode})` },
    { label: 'Module', text: source.module },
    { label: 'Urgency', text: source.urgency },
  ];
  for (const [field, label] of DOSSIER_LABELS) {
    const value = dossier[field];
    if (typeof value === 'string' && value.trim()) sections.push({ label, text: value.trim() });
  }
  if (!dossier.description && source.description) sections.push({ label: 'Description', text: source.description });
  return sections;
}
