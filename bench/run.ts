/**
 * Register benchmark: creates and lists help requests over real HTTP against a database holding
 * 100,000 requests, at 1 and 16 concurrent clients, and prints latency percentiles and throughput.
 *
 *   npm run bench                      PostgreSQL at BENCH_DATABASE_URL (default postgres://127.0.0.1/test)
 *   npm run bench -- --pglite          embedded PGlite instead
 *   npm run bench -- --rows 20000      a smaller register
 *   npm run bench -- --sheets-only     only the spreadsheet import and export figures
 *   npm run bench -- --search-only     only the search and suggestion figures
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '../server/db/client.ts';
import { createScratchDatabase } from '../server/db/scratch-database.ts';
import { buildSite, buildUser, TEST_PASSWORD } from '../server/test/factories.ts';
import { CONSOLIDATED_PATHS, fillDuplicateCandidates, measureDetection } from './consolidation-bench.ts';
import { benchSheets } from './sheets-bench.ts';

const { values: args } = parseArgs({
  options: {
    pglite: { type: 'boolean', default: false },
    rows: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '8' },
    keep: { type: 'boolean', default: false },
    'sheets-only': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
  },
});
const ROWS = Number(args.rows);
const SECONDS = Number(args.seconds);

type BenchDatabase = DatabaseHandle & { drop: () => Promise<void>; serverOptions: { databaseUrl?: string; pgliteDir?: string } };

async function openBenchDatabase(dataDir: string): Promise<BenchDatabase> {
  if (args.pglite) {
    // On disk, so the server thread can open it once the filling is done.
    const pgliteDir = path.join(dataDir, 'pglite');
    const handle = await openDatabase({ dataDir: pgliteDir });
    return { ...handle, drop: async () => {}, serverOptions: { pgliteDir } };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://127.0.0.1/test';
  const scratch = await createScratchDatabase(adminUrl, args.keep ? 'sh_bench_kept' : `sh_bench_${Date.now().toString(36)}`);
  const handle = await openDatabase({ databaseUrl: scratch.url, poolSize: 20 });
  return { ...handle, drop: scratch.drop, serverOptions: { databaseUrl: scratch.url } };
}

/** Starts the server in a worker thread and answers its address and a stop function. */
async function startServerThread(options: BenchDatabase['serverOptions'] & { dataDir: string }) {
  const worker = new Worker(new URL('./server-worker.mjs', import.meta.url), {
    workerData: options,
  });
  const next = () =>
    new Promise<{ address?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const { address } = await next();
  return {
    address: address ?? '',
    stop: async () => {
      worker.postMessage('stop');
      await next();
      await worker.terminate();
    },
  };
}

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const TOPICS = Number(process.env.BENCH_TOPICS ?? 10000);

/** Invented articles and topics from a small vocabulary, so searches match a realistic share. */
async function fillKnowledgeAndCommunity(db: DatabaseHandle['db']) {
  const subjects = sql`array['password reset','offline sync','referral to agency','export to Excel','user roles','tablet setup','case transfer','dashboard counts','incident form','location import']`;
  const verbs = sql`array['fails','is slow','shows an error','needs training','cannot be found','stops on tablets']`;
  await db.execute(sql`
    insert into kb_articles (title, body, module, language, status, tags)
    select 'How to fix ' || (${subjects})[1 + n % 10] || ' when it ' || (${verbs})[1 + (n / 10) % 6] || ' #' || n,
      'Steps for ' || (${subjects})[1 + n % 10] || ': open the admin page, check the user and the role, then retry. Article ' || n,
      (array['cp','gbv',null])[1 + n % 3], (array['en','fr','es','pt','ar'])[1 + n % 5], 'published', array['howto']
    from generate_series(1, ${ARTICLES}) as n`);
  await db.execute(sql`
    insert into community_topics (title, body, category, language)
    select (${subjects})[1 + n % 10] || ' ' || (${verbs})[1 + (n / 7) % 6] || ' in district ' || n,
      'Since the update, ' || (${subjects})[1 + n % 10] || ' ' || (${verbs})[1 + (n / 7) % 6] || '. Anyone else?',
      (array['cp','gbv','mrm','general'])[1 + n % 4], (array['en','fr','es','pt','ar'])[1 + n % 5]
    from generate_series(1, ${TOPICS}) as n`);
  console.log(`  added ${ARTICLES.toLocaleString()} articles and ${TOPICS.toLocaleString()} community topics`);
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(label: string, concurrency: number, operation: (i: number) => Promise<void>, seconds = SECONDS) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let counter = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        await operation(counter++);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const row = {
    operation: label,
    clients: concurrency,
    requests: latencies.length,
    'p50 ms': percentile(latencies, 50).toFixed(1),
    'p95 ms': percentile(latencies, 95).toFixed(1),
    'p99 ms': percentile(latencies, 99).toFixed(1),
    'per s': (latencies.length / elapsed).toFixed(0),
  };
  console.log(
    `  ${label.padEnd(34)} c=${String(concurrency).padStart(2)}  p50 ${row['p50 ms'].padStart(6)} ms  p95 ${row['p95 ms'].padStart(6)} ms  ${row['per s'].padStart(6)}/s`,
  );
  return row;
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'support-hub-bench-'));
  const handle = await openBenchDatabase(dataDir);
  try {
    await handle.migrate();
    const { db } = handle;
    console.log(
      `Support Hub register benchmark on ${handle.kind}, ${ROWS.toLocaleString()} requests, ${SECONDS}s per measurement`,
    );
    const sites = await Promise.all(['SLE', 'JOR', 'COD', 'COL', 'MOZ'].map((code) => buildSite(db, { code, name: code })));
    const siteAdmin = await buildUser(db, 'site_admin', { siteIds: [sites[0].id] });
    const helpDesk = await buildUser(db, 'help_desk');

    const fillStarted = performance.now();
    const perSite = Math.ceil(ROWS / sites.length);
    for (const [index, site] of sites.entries()) {
      await db.execute(sql`
        insert into help_requests (reference, site_id, number, module, channel, summary, description, category, urgency,
          urgency_rank, level, status, reporter_name, created_at, updated_at, created_by_id, assignee_id)
        select ${site.code} || '-' || lpad(n::text, greatest(4, length(n::text)), '0'), ${site.id}, n,
          (array['cp','gbv'])[1 + (n / 7) % 2], (array['email','phone','web','walk_in','spreadsheet'])[1 + n % 5],
          'Benchmark request ' || n || ' about ' || (array['offline sync','password reset','export','referral'])[1 + (n / 3) % 4],
          'Invented description for benchmarking.', (array['access','data','sync','bug'])[1 + (n / 11) % 4],
          (array['critical','high','normal','low'])[1 + (n / 13) % 4], (n / 13) % 4, 1 + (n / 5) % 3,
          (array['new','in_progress','waiting_on_reporter','escalated','resolved','closed'])[1 + n % 6],
          'Reporter ' || n, now() - (n || ' minutes')::interval, now() - (n || ' minutes')::interval, ${siteAdmin.id},
          case when n % 5 = 0 then ${helpDesk.id}::uuid end
        from generate_series(1, ${perSite}) as n`);
      await db.execute(sql`update sites set last_request_number = ${perSite} where id = ${site.id}`);
      process.stdout.write(
        `\r  filling the register: ${Math.min(ROWS, (index + 1) * perSite).toLocaleString()} / ${ROWS.toLocaleString()}`,
      );
    }
    await fillKnowledgeAndCommunity(db);
    // A bulk load leaves the full-text indexes' pending lists unmerged and no statistics; in
    // service autovacuum merges and analyses them, so measure that steady state.
    await db.execute(sql`vacuum analyze`);
    await fillDuplicateCandidates(db);
    console.log(`\n  filled in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`);

    if (handle.kind === 'pglite') await handle.close();
    const server = await startServerThread({ ...handle.serverOptions, dataDir });
    const { address } = server;
    const login = async (email: string) => {
      const response = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      });
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return { cookie, csrfToken };
    };
    const admin = await login(siteAdmin.email);
    const desk = await login(helpDesk.email);

    const create = async (i: number) => {
      const response = await fetch(`${address}/api/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
        body: JSON.stringify({
          siteId: sites[0].id,
          module: 'cp',
          channel: 'phone',
          summary: `Bench phone request ${i}`,
          category: 'access',
          urgency: 'normal',
          reporterName: 'Bench Reporter',
        }),
      });
      if (response.status !== 201) throw new Error(`create answered ${response.status}`);
      await response.arrayBuffer();
    };
    const listQueries = [
      'status=new,in_progress&sort=createdAt&order=desc&limit=50',
      `siteId=${sites[1].id}&level=2&urgency=high,critical&limit=50`,
      'module=gbv&channel=phone&sort=urgency&order=asc&limit=50',
      'assigneeId=me&status=in_progress&limit=50',
      'q=Reporter%204242&limit=50',
    ];
    const list = async (i: number) => {
      const response = await fetch(`${address}/api/requests?${listQueries[i % listQueries.length]}`, {
        headers: { cookie: desk.cookie },
      });
      if (response.status !== 200) throw new Error(`list answered ${response.status}`);
      await response.arrayBuffer();
    };

    const results = [];
    const runSheets = async () => {
      console.log(`  spreadsheet register, ${ROWS.toLocaleString()} rows:`);
      return benchSheets({ address, session: desk, siteId: sites[1].id, rows: ROWS });
    };
    if (args['sheets-only']) {
      console.table(await runSheets());
      await server.stop();
      return;
    }
    if (!args['search-only']) {
      for (const [index, query] of listQueries.entries()) {
        results.push(await measure(`list: ${query.slice(0, 40)}`, 1, () => list(index), 2));
      }
      for (const concurrency of [1, 16]) {
        results.push(await measure('create request (POST /api/requests)', concurrency, create));
        results.push(await measure('list with filters (GET /api/requests)', concurrency, list));
      }
    }
    const searchQueries = [
      'password reset',
      'offline sync tablet',
      'referral agency',
      'pasword resett',
      'export excel',
      'synchronisation',
    ];
    const get = async (path: string) => {
      const response = await fetch(`${address}${path}`, { headers: { cookie: desk.cookie } });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    };
    for (const query of searchQueries) {
      results.push(await measure(`search: ${query}`, 1, () => get(`/api/search?q=${encodeURIComponent(query)}`), 2));
    }
    for (const concurrency of [1, 16]) {
      results.push(
        await measure('search (GET /api/search)', concurrency, (i) =>
          get(`/api/search?q=${encodeURIComponent(searchQueries[i % searchQueries.length])}`),
        ),
      );
      results.push(
        await measure('suggestions (GET /api/search/suggestions)', concurrency, (i) =>
          get(`/api/search/suggestions?q=${encodeURIComponent(searchQueries[i % searchQueries.length])}&module=cp`),
        ),
      );
    }
    if (args['search-only']) {
      console.table(results);
      await server.stop();
      return;
    }
    for (const path of CONSOLIDATED_PATHS) {
      results.push(await measure(`consolidated: ${path.slice(5, 45)}`, 1, () => get(path), 2));
    }
    // Last, because the imports add rows to the register the other figures are measured on.
    const sheetResults = await runSheets();
    await server.stop();
    // The duplicate check runs as a job after each create; timed here on the filled register.
    const detectionHandle = handle.kind === 'pglite' ? await openDatabase({ dataDir: handle.serverOptions.pgliteDir }) : handle;
    await detectionHandle.db.execute(sql`analyze help_requests`);
    results.push(...(await measureDetection(detectionHandle.db)));
    if (detectionHandle !== handle) await detectionHandle.close();
    console.log('');
    console.table(results);
    console.table(sheetResults);
  } finally {
    if (handle.kind === 'postgres') await handle.close();
    if (args.keep) console.log('Kept the benchmark database (--keep).');
    else await handle.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
