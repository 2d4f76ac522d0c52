import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/api-error.ts';
import type { Category, ModuleCode, THelpRequest, TUpdateHelpRequest, Urgency } from '../../../api/types.ts';
import { useAction } from '../../../api/use-action.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { CategoryField, ModuleField, UrgencyField } from '../../../components/request-fields.tsx';
import { patchRequest } from './patch-request.ts';

type Props = { request: THelpRequest; onDone: (updated: THelpRequest) => void };

/** Urgency, category and module corrections (help desk triage). */
export function TriageAction({ request, onDone }: Props) {
  const { t } = useTranslation();
  const [urgency, setUrgency] = useState<Urgency>(request.urgency);
  const [category, setCategory] = useState<Category>(request.category);
  const [module, setModule] = useState<ModuleCode>(request.module);
  const save = useAction((body: TUpdateHelpRequest) => patchRequest(request.id, body));
  const errors = fieldErrorsOf(save.error);
  const body: TUpdateHelpRequest = {};
  if (urgency !== request.urgency) body.urgency = urgency;
  if (category !== request.category) body.category = category;
  if (module !== request.module) body.module = module;
  const hasChanges = Object.keys(body).length > 0;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!hasChanges) return;
    const result = await save.run(body);
    if (result.ok) onDone(result.value);
  };

  return (
    <form className="action" onSubmit={onSubmit} noValidate>
      <UrgencyField
        id="triage-urgency"
        className="field--compact"
        value={urgency}
        onChange={setUrgency}
        error={errors.urgency}
        data-testid="triage-urgency"
      />
      <CategoryField
        id="triage-category"
        className="field--compact"
        value={category}
        onChange={setCategory}
        error={errors.category}
        data-testid="triage-category"
      />
      <ModuleField
        id="triage-module"
        className="field--compact"
        value={module}
        onChange={setModule}
        error={errors.module}
        data-testid="triage-module"
      />
      <button type="submit" className="button" disabled={!hasChanges || save.isPending} data-testid="triage-submit">
        {t('common.save')}
      </button>
      <ErrorAlert error={save.error} shownFields={['urgency', 'category', 'module']} />
    </form>
  );
}
