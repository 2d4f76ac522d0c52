import type { TKbRedactionProblem } from '../../../../shared/kb-schemas.ts';
import { isApiError } from '../../api/api-error.ts';

/** The sensitive-data guard's 422 (findings and the draft they index into), or null for any other error. */
export function redactionProblemOf(error: unknown): TKbRedactionProblem | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const problem = error.problem as Partial<TKbRedactionProblem>;
  const draft = problem.draft;
  if (!Array.isArray(problem.findings) || typeof draft?.title !== 'string' || typeof draft.body !== 'string') return null;
  return problem as TKbRedactionProblem;
}
