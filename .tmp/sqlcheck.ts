import { PgDialect } from 'drizzle-orm/pg-core';
import { possibleDuplicateCount } from '../server/consolidation/consolidated-conditions.ts';
const d = new PgDialect();
console.log(d.sqlToQuery(possibleDuplicateCount({ id: 'x', name: 'n', email: 'e', role: 'coordinator', siteIds: ['a'], modules: [], vendorTeamId: null })).sql);
