import { AppError } from '../errors.ts';

/** A window ends after it starts and is not over yet. */
export function validateNoticeWindow(windowStart: Date, windowEnd: Date, now: Date) {
  if (windowEnd <= windowStart) {
    throw new AppError('invalid', 'The window ends before it starts', {
      errors: [{ field: 'windowEnd', message: 'Must be after the start' }],
    });
  }
  if (windowEnd <= now) {
    throw new AppError('invalid', 'The window is over already', {
      errors: [{ field: 'windowEnd', message: 'Must be in the future' }],
    });
  }
}
