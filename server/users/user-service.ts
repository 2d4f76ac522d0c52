import { asc, eq } from 'drizzle-orm';
import type { Role } from '../../shared/constants.ts';
import type { TUser, TUserInput } from '../../shared/schemas.ts';
import { generateTemporaryPassword, hashPassword } from '../auth/passwords.ts';
import { deleteUserSessions } from '../auth/sessions.ts';
import type { Database } from '../db/client.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors.ts';
import { users } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import { LEVEL_TWO_ROLES } from '../policies/actor.ts';
import { presentUser } from './present-user.ts';

const emailTaken = () =>
  new AppError('conflict', 'That e-mail already has an account', {
    errors: [{ field: 'email', message: 'already has an account' }],
  });

function checkRoleFields(input: Partial<TUserInput>) {
  if (input.role === 'vendor' && !input.vendorTeamId) {
    throw new AppError('invalid', 'A vendor belongs to a vendor team', {
      errors: [{ field: 'vendorTeamId', message: 'is required for the vendor role' }],
    });
  }
  if (input.isOnDuty && !LEVEL_TWO_ROLES.includes(input.role as Role)) {
    throw new AppError('invalid', 'Only coordinators and the help desk go on duty', {
      errors: [{ field: 'isOnDuty', message: 'is only for coordinators and the help desk' }],
    });
  }
  if (input.role === 'module_coordinator' && (input.modules ?? []).length === 0) {
    throw new AppError('invalid', 'A module coordinator coordinates at least one module', {
      errors: [{ field: 'modules', message: 'choose at least one module' }],
    });
  }
}

async function writeUser<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    if (isForeignKeyViolation(error)) {
      throw new AppError('invalid', 'The vendor team does not exist', {
        errors: [{ field: 'vendorTeamId', message: 'does not exist' }],
      });
    }
    throw error;
  }
}

export async function listUsers(options: { db: Database }): Promise<TUser[]> {
  const rows = await options.db.select().from(users).orderBy(asc(users.name));
  return rows.map(presentUser);
}

export async function createUser(options: {
  db: Database;
  input: TUserInput & { password: string; mustChangePassword?: boolean };
  /** The hash of `input.password`, when the caller already made one for many users (demo data). */
  passwordHash?: string;
}): Promise<TUser> {
  const { password, ...input } = options.input;
  checkRoleFields(input);
  const passwordHash = options.passwordHash ?? (await hashPassword(password));
  const [row] = await writeUser(() =>
    options.db
      .insert(users)
      .values({ ...input, passwordHash })
      .returning(),
  );
  return presentUser(row);
}

export async function updateUser(options: { db: Database; id: string; input: Partial<TUserInput> }): Promise<TUser> {
  const [current] = await options.db.select().from(users).where(eq(users.id, options.id));
  if (!current) throw notFound('No such user');
  checkRoleFields({ ...current, ...options.input } as Partial<TUserInput>);
  const [row] = await writeUser(() => options.db.update(users).set(options.input).where(eq(users.id, options.id)).returning());
  if (options.input.isActive === false) await deleteUserSessions({ db: options.db, userId: row.id });
  return presentUser(row);
}

/** Admin-issued reset: a one-time temporary password the user must change after signing in. */
export async function resetUserPassword(options: { db: Database; id: string }) {
  const temporaryPassword = generateTemporaryPassword();
  const [row] = await options.db
    .update(users)
    .set({ passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true })
    .where(eq(users.id, options.id))
    .returning({ id: users.id });
  if (!row) throw notFound('No such user');
  await deleteUserSessions({ db: options.db, userId: row.id });
  return { temporaryPassword };
}
