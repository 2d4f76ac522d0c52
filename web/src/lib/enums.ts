import { CATEGORIES, CHANNELS, L3_STATES, MODULES, ROLES, STATUSES, URGENCIES } from '../../../shared/constants.ts';
import type { Category, Channel, L3State, ModuleCode, Role, Status, Urgency } from '../api/types.ts';

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isStatus = isOneOf<Status>(STATUSES);
export const isUrgency = isOneOf<Urgency>(URGENCIES);
export const isChannel = isOneOf<Channel>(CHANNELS);
export const isCategory = isOneOf<Category>(CATEGORIES);
export const isModule = isOneOf<ModuleCode>(MODULES);
export const isL3State = isOneOf<L3State>(L3_STATES);
export const isRole = isOneOf<Role>(ROLES);
