import type { Category, Channel, L3State, ModuleCode, Status, Urgency } from '../../shared/constants.ts';
import type { TAttachment, THelpRequest, THelpRequestSummary } from '../../shared/schemas.ts';
import type { attachments } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { isCriticalPending, requestAbilities } from '../policies/request-policy.ts';
import type { LoadedRequest } from './request-repository.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

type SummaryRow = Pick<
  LoadedRequest,
  | 'id'
  | 'reference'
  | 'siteId'
  | 'siteCode'
  | 'module'
  | 'channel'
  | 'summary'
  | 'category'
  | 'urgency'
  | 'level'
  | 'status'
  | 'l3State'
  | 'assigneeId'
  | 'assigneeName'
  | 'reporterName'
  | 'vendorTeamId'
  | 'firstResponseDueAt'
  | 'resolutionDueAt'
  | 'slaDueAt'
  | 'slaWarnAt'
  | 'slaPausedAt'
  | 'criticalAcknowledgedAt'
  | 'createdAt'
  | 'updatedAt'
>;

export function presentRequestSummary(row: SummaryRow): THelpRequestSummary {
  return {
    id: row.id,
    reference: row.reference,
    siteId: row.siteId,
    siteCode: row.siteCode,
    module: row.module as ModuleCode,
    channel: row.channel as Channel,
    summary: row.summary,
    category: row.category as Category,
    urgency: row.urgency as Urgency,
    level: row.level as 1 | 2 | 3,
    status: row.status as Status,
    l3State: row.l3State as L3State | null,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    reporterName: row.reporterName,
    vendorTeamId: row.vendorTeamId,
    firstResponseDueAt: iso(row.firstResponseDueAt),
    resolutionDueAt: iso(row.resolutionDueAt),
    slaDueAt: iso(row.slaDueAt),
    slaWarnAt: iso(row.slaWarnAt),
    isSlaPaused: row.slaPausedAt !== null,
    isCriticalPending: isCriticalPending(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentAttachment(row: typeof attachments.$inferSelect): TAttachment {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    uploadedById: row.uploadedById,
    createdAt: row.createdAt.toISOString(),
  };
}

type RequestRef = { id: string; reference: string };

export function presentRequest(
  row: LoadedRequest,
  actor: Actor,
  attachmentRows: (typeof attachments.$inferSelect)[],
  merges: { mergedInto: RequestRef | null; mergedFrom: RequestRef[] } = { mergedInto: null, mergedFrom: [] },
): THelpRequest {
  return {
    ...presentRequestSummary(row),
    siteName: row.siteName,
    description: row.description,
    reporterId: row.reporterId,
    reporterContact: row.reporterContact,
    tags: row.tags,
    resolutionSummary: row.resolutionSummary,
    vendorTeamName: row.vendorTeamName,
    fixVersion: row.fixVersion,
    codeChangeUrl: row.codeChangeUrl,
    externalKey: row.externalKey,
    externalUrl: row.externalUrl,
    dossier: row.dossier,
    firstRespondedAt: iso(row.firstRespondedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    createdById: row.createdById,
    attachments: attachmentRows.map(presentAttachment),
    abilities: requestAbilities(actor, row),
    source: row.source,
    mergedInto: merges.mergedInto,
    mergedFrom: merges.mergedFrom,
  };
}
