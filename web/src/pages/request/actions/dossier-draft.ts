import { DOSSIER_FIELDS, type DossierField } from '../../../../../shared/constants.ts';
import type { TDossier, THelpRequest, TSite } from '../../../api/types.ts';

export type DossierDraft = Record<DossierField, string> & {
  screenshotAttachmentIds: string[];
  noScreenshotReason: string;
};

/** Derived from the site: what the form refills when the site or module changes. */
export function siteDefaults(site: TSite | undefined, module: string) {
  return {
    moduleVersion: site?.moduleVersions[module] ?? '',
    instanceUrl: site?.instanceUrl ?? '',
  };
}

/** The dossier pre-filled from an earlier dossier, the request and its site. */
export function initialDossier(request: THelpRequest, site: TSite | undefined): DossierDraft {
  const earlier: TDossier = request.dossier ?? {};
  const fromSite = siteDefaults(site, request.module);
  const base: Record<DossierField, string> = {
    module: request.module,
    siteId: request.siteId,
    title: request.summary,
    description: request.description,
    moduleVersion: fromSite.moduleVersion,
    instanceUrl: fromSite.instanceUrl,
    impactedUsers: '',
    impactedRoles: '',
    browser: '',
    operatingSystem: '',
    stepsToReproduce: '',
    expectedResult: '',
    actualResult: '',
  };
  for (const field of DOSSIER_FIELDS) {
    const value = earlier[field];
    if (value) base[field] = value;
  }
  return {
    ...base,
    screenshotAttachmentIds: earlier.screenshotAttachmentIds ?? [],
    noScreenshotReason: earlier.noScreenshotReason ?? '',
  };
}

/** What goes to the API: trimmed, empty values left out so the server names what is missing. */
export function dossierPayload(draft: DossierDraft): TDossier {
  const payload: TDossier = {};
  for (const field of DOSSIER_FIELDS) {
    const value = draft[field].trim();
    if (value) payload[field] = value;
  }
  if (draft.screenshotAttachmentIds.length) payload.screenshotAttachmentIds = draft.screenshotAttachmentIds;
  const reason = draft.noScreenshotReason.trim();
  if (reason) payload.noScreenshotReason = reason;
  return payload;
}
