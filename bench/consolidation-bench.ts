/**
 * Consolidation figures for the register benchmark: the duplicate check per created request (the
 * `duplicates.detect` job), and the consolidated view's queries, at the benchmark's register size.
 */
import { sql } from 'drizzle-orm';
import { detectDuplicates } from '../server/consolidation/detect-duplicates.ts';
import type { Database } from '../server/db/client.ts';

/** Every 50th request gets a pair with its neighbour, so the views have ~2% flagged rows to find. */
export async function fillDuplicateCandidates(db: Database) {
  await db.execute(sql`
    insert into duplicate_candidates (request_a_id, request_b_id, score, matched_on)
    select least(a.id, b.id), greatest(a.id, b.id), 0.6, 'name'
    from help_requests a join help_requests b on b.site_id = a.site_id and b.number = a.number + 1
    where a.number % 50 = 0
    on conflict do nothing`);
  // Sources as the other channels write them.
  await db.execute(sql`
    update help_requests set source = case number % 4
      when 0 then jsonb_build_object('via', 'spreadsheet', 'fileName', 'register.xlsx', 'row', number)
      when 1 then jsonb_build_object('via', 'email', 'mailboxId', 'support')
      when 2 then jsonb_build_object('via', 'offline', 'device', 'tablet ' || number % 7)
      else '{"via":"web"}'::jsonb end`);
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Times `detectDuplicates` on each request, one after another (the job runs them one at a time). */
async function timeDetection(db: Database, label: string, ids: string[]) {
  const latencies: number[] = [];
  let stored = 0;
  for (const requestId of ids) {
    const begin = performance.now();
    stored += await detectDuplicates({ db, requestId, settings: { windowDays: 7, minSimilarity: 0.4 } });
    latencies.push(performance.now() - begin);
  }
  latencies.sort((a, b) => a - b);
  const row = {
    operation: label,
    clients: 1,
    requests: ids.length,
    'p50 ms': percentile(latencies, 50).toFixed(1),
    'p95 ms': percentile(latencies, 95).toFixed(1),
    'p99 ms': percentile(latencies, 99).toFixed(1),
    'per s': (ids.length / (latencies.reduce((sum, value) => sum + value, 0) / 1000)).toFixed(0),
  };
  console.log(
    `  ${label.padEnd(34)} n=${String(ids.length).padStart(4)}  p50 ${row['p50 ms'].padStart(6)} ms  p95 ${row['p95 ms'].padStart(6)} ms  (${stored} pairs kept)`,
  );
  return row;
}

/**
 * The duplicate check on a typical request (a reporter with one or two requests in the window) and
 * on the benchmark's prolific "Bench Reporter" (thousands of similar requests at one site in minutes:
 * the worst case, bounded by the 200 nearest).
 */
export async function measureDetection(db: Database) {
  const pick = async (condition: ReturnType<typeof sql>) =>
    (
      (await db.execute(sql`select id from help_requests where ${condition} order by random() limit 200`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows.map((row) => row.id);
  return [
    await timeDetection(db, 'duplicate check, typical request', await pick(sql`reporter_name like 'Reporter %'`)),
    await timeDetection(db, 'duplicate check, prolific reporter', await pick(sql`reporter_name = 'Bench Reporter'`)),
  ];
}

/** The consolidated view's endpoints, as the help desk (all sites) calls them. */
export const CONSOLIDATED_PATHS = [
  '/api/consolidated/counts',
  '/api/consolidated/requests?limit=50',
  '/api/consolidated/requests?isFlagged=true&limit=50',
  '/api/consolidated/requests?via=spreadsheet,email&channel=phone&limit=50',
  '/api/duplicates?limit=20',
];
