import { z } from 'zod';
import { DOSSIER_FIELDS, L3_STATES, MODULES, URGENCIES } from './constants.ts';

export const JIRA_FLAVOURS = ['cloud', 'data_center', 'service_management'] as const;
export type JiraFlavour = (typeof JIRA_FLAVOURS)[number];
export const ZJiraFlavour = z.enum(JIRA_FLAVOURS);

const customFieldId = z
  .string()
  .trim()
  .regex(/^customfield_\d+$/, 'must look like customfield_10042');
const jiraName = z.string().trim().min(1).max(255);

/** How our request fields land in Jira fields. */
export const ZJiraFieldMapping = z.object({
  /** Module code → Jira component name; modules not listed send no component. */
  componentByModule: z.partialRecord(z.enum(MODULES), jiraName).default({}),
  /** Urgency → Jira priority name; urgencies not listed leave Jira's default priority. */
  priorityByUrgency: z.partialRecord(z.enum(URGENCIES), jiraName).default({}),
  isLabellingSite: z.boolean().default(true),
  isLabellingModule: z.boolean().default(true),
  /** Our reference goes in a label (`support-hub-SLE-0042`, also the idempotency key) and, when set, in this custom field. */
  referenceCustomField: customFieldId.nullable().default(null),
  /** Dossier field → custom field id, e.g. moduleVersion → customfield_10050. */
  customFields: z.partialRecord(z.enum(DOSSIER_FIELDS), customFieldId).default({}),
});
export type TJiraFieldMapping = z.infer<typeof ZJiraFieldMapping>;

const httpsUrl = z
  .string()
  .trim()
  .url('must be a URL like https://example.atlassian.net')
  .refine((value) => /^https?:\/\//.test(value), 'must start with https:// (or http:// on a private network)')
  .transform((value) => value.replace(/\/+$/, ''));

export const ZJiraConnectionInput = z.object({
  flavour: ZJiraFlavour,
  baseUrl: httpsUrl,
  authEmail: z.string().trim().email().max(200).nullable().default(null),
  /** Sent only to set or replace it; omitted keeps the stored one. */
  apiToken: z.string().trim().min(1).max(2000).optional(),
  webhookSecret: z.string().trim().min(16, 'must be at least 16 characters').max(500).optional(),
  clearWebhookSecret: z.boolean().default(false),
  projectKey: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'must be a Jira project key such as PRIM'),
  issueType: jiraName.default('Bug'),
  serviceDeskId: z.string().trim().regex(/^\d+$/, 'must be a number').nullable().default(null),
  requestTypeId: z.string().trim().regex(/^\d+$/, 'must be a number').nullable().default(null),
  fieldMapping: ZJiraFieldMapping.default({
    componentByModule: {},
    priorityByUrgency: {},
    isLabellingSite: true,
    isLabellingModule: true,
    referenceCustomField: null,
    customFields: {},
  }),
  statusMapping: z.record(jiraName, z.enum(L3_STATES)).default({}),
  isSendingPublicComments: z.boolean().default(false),
  isEnabled: z.boolean().default(true),
});
export type TJiraConnectionInput = z.input<typeof ZJiraConnectionInput>;

/** What the API shows of a connection: never a secret, only whether it is set. */
export const ZJiraConnection = z.object({
  vendorTeamId: z.string(),
  flavour: ZJiraFlavour,
  baseUrl: z.string(),
  authEmail: z.string().nullable(),
  isApiTokenSet: z.boolean(),
  isWebhookSecretSet: z.boolean(),
  projectKey: z.string(),
  issueType: z.string(),
  serviceDeskId: z.string().nullable(),
  requestTypeId: z.string().nullable(),
  fieldMapping: ZJiraFieldMapping,
  statusMapping: z.record(z.string(), z.enum(L3_STATES)),
  isSendingPublicComments: z.boolean(),
  isEnabled: z.boolean(),
  /** The path Jira's webhook should call on this server. */
  webhookPath: z.string(),
});
export type TJiraConnection = z.infer<typeof ZJiraConnection>;

export const ZJiraCheck = z.object({
  name: z.enum(['credentials', 'project', 'issueType', 'requiredFields', 'mapping', 'serviceDesk']),
  isOk: z.boolean(),
  message: z.string(),
});
export const ZJiraTestResult = z.object({ isOk: z.boolean(), checks: z.array(ZJiraCheck) });
export type TJiraTestResult = z.infer<typeof ZJiraTestResult>;

export const ZJiraSyncState = z.object({
  vendorTeamId: z.string(),
  vendorTeamName: z.string(),
  flavour: ZJiraFlavour,
  projectKey: z.string(),
  isEnabled: z.boolean(),
  lastSyncAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  linkedCount: z.number(),
  pendingCount: z.number(),
  failedCount: z.number(),
});
export type TJiraSyncState = z.infer<typeof ZJiraSyncState>;

/** The request page's Jira line: its issue, or that it is on its way. */
export const ZRequestJiraStatus = z.object({
  state: z.enum(['none', 'pending', 'linked', 'failed']),
  issueKey: z.string().nullable(),
  issueUrl: z.string().nullable(),
  /** Staff only: why Jira has not taken it yet. */
  lastError: z.string().nullable(),
});
export type TRequestJiraStatus = z.infer<typeof ZRequestJiraStatus>;
