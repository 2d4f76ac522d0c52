import { parseArgs } from 'node:util';
import { ZCreateUserRequest } from '../shared/schemas.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { serve } from './main.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { createUser } from './users/user-service.ts';

const USAGE = `Usage: support-hub <command>

Commands:
  serve                       run migrations, seed demo data into an empty database, serve web + API
  migrate                     apply database migrations and exit
  create-admin --email E --name N --password P
                              create a platform admin account
  seed-demo                   add the demo sites, teams, users and requests (into an empty database)

Environment: PORT, DATA_DIR, DATABASE_URL, SEED_DEMO, DEMO_PASSWORD, LOG_LEVEL (see README).`;

async function withDatabase<T>(action: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>) {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await handle.migrate();
    return await action(handle.db);
  } finally {
    await handle.close();
  }
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve();
      return;
    case 'migrate':
      await withDatabase(async () => console.log('Migrations applied.'));
      return;
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
      });
      const parsed = ZCreateUserRequest.safeParse({
        email: values.email,
        name: values.name ?? 'Administrator',
        role: 'admin',
        password: values.password,
      });
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `  --${issue.path.join('.')}: ${issue.message}`);
        throw new Error(`create-admin: ${problems.join('\n')}`);
      }
      const user = await withDatabase((db) => createUser({ db, input: parsed.data }));
      console.log(`Admin ${user.email} created.`);
      return;
    }
    case 'seed-demo': {
      const config = loadConfig();
      await withDatabase((db) =>
        seedDemo({ db, password: config.demoPassword, mailSettings: config, log: (line) => console.log(line) }),
      );
      return;
    }
    default:
      console.log(USAGE);
      process.exitCode = command && command !== 'help' && command !== '--help' ? 1 : 0;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
