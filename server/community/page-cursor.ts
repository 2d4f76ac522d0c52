import { AppError } from '../errors.ts';

export type CursorValue = string | number | boolean;

/** An opaque keyset cursor: the sort values of the last row given out, then its id. */
export const pageCursor = {
  encode(values: CursorValue[], id: string): string {
    return Buffer.from(JSON.stringify([...values, id])).toString('base64url');
  },

  decode(cursor: string, keyCount: number): { values: CursorValue[]; id: string } {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(parsed) && parsed.length === keyCount + 1 && typeof parsed.at(-1) === 'string') {
        return { values: parsed.slice(0, -1), id: parsed.at(-1) };
      }
    } catch {
      // fall through to the error below
    }
    throw new AppError('invalid', 'The cursor is not one this API gave out', {
      errors: [{ field: 'cursor', message: 'is malformed' }],
    });
  },
};
