import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDefaultUser } from './client.ts';

async function runAdminQuery(adminUrl: string, query: string) {
  const client = new pg.Client({ connectionString: withDefaultUser(adminUrl) });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * A new PostgreSQL database next to the one `adminUrl` names, for a test file or a benchmark
 * run: empty, or a copy of `template`; `drop` removes it again, closing any connection left open.
 */
export async function createScratchDatabase(
  adminUrl: string,
  name = `sh_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`,
  template?: string,
) {
  for (const identifier of [name, template ?? name]) {
    if (!SAFE_NAME.test(identifier)) throw new Error(`Unsafe database name ${identifier}`);
  }
  const drop = () => runAdminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  await drop();
  await runAdminQuery(adminUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(withDefaultUser(adminUrl));
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
}
