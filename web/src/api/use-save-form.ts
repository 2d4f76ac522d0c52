import type { FormEvent } from 'react';
import { fieldErrorsOf } from './api-error.ts';
import { useAction } from './use-action.ts';

export type SaveForm = {
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  isPending: boolean;
  error: unknown;
  /** The failed call's field errors, keyed by API field name. */
  errors: Record<string, string>;
};

/** A form that submits with one call: `onSaved` gets its answer (and the submit event) once it succeeds. */
export function useSaveForm<R>(save: () => Promise<R>, onSaved: (saved: R, event: FormEvent<HTMLFormElement>) => void): SaveForm {
  const action = useAction(save);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run();
    if (result.ok) onSaved(result.value, event);
  };
  return { onSubmit, isPending: action.isPending, error: action.error, errors: fieldErrorsOf(action.error) };
}
