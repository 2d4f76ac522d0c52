import { STATUS_TRANSITIONS, type Status } from '../../shared/constants.ts';
import type { ImportAction, TImportProblem, TImportValues } from '../../shared/register-schemas.ts';
import type { helpRequests } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { isInScope, requestAbilities } from '../policies/request-policy.ts';
import type { SiteRow } from './read-row-values.ts';
import { columnLabel, type ImportColumn } from './register-columns.ts';

export type ExistingRequest = typeof helpRequests.$inferSelect;
export type ImportChange = { field: string; from: unknown; to: unknown };
export type RowPlan = { action: ImportAction; changes: ImportChange[]; errors: TImportProblem[] };

/** Statuses a new row may arrive in; escalation and deferral have their own steps in Support Hub. */
const CREATABLE_STATUSES: readonly Status[] = ['new', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed'];
const EDITABLE: (keyof TImportValues & keyof ExistingRequest)[] = ['summary', 'description', 'category', 'urgency', 'module'];

const blankToNull = (value: string | null | undefined) => (value ? value : null);

/** What applying a valid row will do to the register, or why it cannot. */
export function planImportRow(options: {
  row: number;
  values: TImportValues;
  existing: ExistingRequest | null;
  site: SiteRow;
  actor: Actor;
}): RowPlan {
  const { row, values, existing, site, actor } = options;
  const errors: TImportProblem[] = [];
  const problem = (column: ImportColumn, message: string) => errors.push({ row, column: columnLabel(column), message });

  if (existing && !isInScope(actor, existing)) {
    const column = values.reference ? 'reference' : 'rowId';
    problem(column, `names a request at ${site.name} that you may not see`);
    return { action: 'error', changes: [], errors };
  }
  if (!existing) {
    if (values.reference) {
      problem('reference', `no request ${values.reference} at ${site.name} that you may see`);
      return { action: 'error', changes: [], errors };
    }
    return planCreate(values, site, problem, errors);
  }
  if (existing.siteId !== site.id) {
    problem('site', `${existing.reference} belongs to another site`);
    return { action: 'error', changes: [], errors };
  }

  const changes: ImportChange[] = [];
  for (const field of EDITABLE) {
    const to = values[field];
    if (to === null || to === existing[field]) continue;
    if (field === 'description' && to === existing.description.trim()) continue;
    changes.push({ field, from: existing[field], to });
  }
  for (const field of ['reporterName', 'reporterContact'] as const) {
    if (values[field] === null) continue;
    const to = blankToNull(values[field]);
    if (to === blankToNull(existing[field])) continue;
    if (existing.reporterId) problem(field, 'belongs to the account that logged the request; imports do not change it');
    else changes.push({ field, from: existing[field], to });
  }
  if (values.channel && values.channel !== existing.channel) problem('channel', 'cannot change once a request is logged');

  const abilities = requestAbilities(actor, existing);
  if (changes.length > 0 && !abilities.edit) {
    problem('summary', `you may not edit ${existing.reference} (level ${existing.level})`);
  }
  const from = existing.status as Status;
  const to = values.status ?? from;
  if (to !== from) {
    if (!abilities.changeStatus) problem('status', `you may not change the status of ${existing.reference}`);
    else if (!STATUS_TRANSITIONS[from].includes(to)) {
      problem('status', `cannot go from ${from} to ${to}; allowed: ${STATUS_TRANSITIONS[from].join(', ') || 'none'}`);
    }
    changes.push({ field: 'status', from, to });
  }
  const resolution = blankToNull(values.resolutionSummary);
  if (to === 'resolved' && to !== from && !resolution) problem('resolutionSummary', 'is required to resolve a request');
  if (resolution && resolution !== existing.resolutionSummary && (to === 'resolved' || to === 'closed')) {
    changes.push({ field: 'resolutionSummary', from: existing.resolutionSummary, to: resolution });
  }
  if (errors.length > 0) return { action: 'error', changes, errors };
  return { action: changes.length > 0 ? 'update' : 'unchanged', changes, errors };
}

function planCreate(
  values: TImportValues,
  site: SiteRow,
  problem: (column: ImportColumn, message: string) => void,
  errors: TImportProblem[],
): RowPlan {
  if (!values.module && site.modules.length !== 1) {
    problem('module', `is required: ${site.name} uses ${site.modules.map((module) => module.toUpperCase()).join(', ')}`);
  }
  const status = values.status ?? 'new';
  if (!CREATABLE_STATUSES.includes(status)) {
    problem(
      'status',
      `a new row cannot start as ${status}: import it as new or in progress, then ${status === 'escalated' ? 'escalate' : 'defer'} it in Support Hub`,
    );
  }
  if (status === 'resolved' && !values.resolutionSummary) problem('resolutionSummary', 'is required for a resolved request');
  return { action: errors.length > 0 ? 'error' : 'create', changes: [], errors };
}
