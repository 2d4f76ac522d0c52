import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, MODULES, URGENCIES } from '../../../../../shared/constants.ts';
import { fieldErrorsOf } from '../../../api/api-error.ts';
import type { Category, ModuleCode, THelpRequest, TUpdateHelpRequest, Urgency } from '../../../api/types.ts';
import { useAction } from '../../../api/use-action.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { isCategory, isModule, isUrgency } from '../../../lib/enums.ts';
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
      <SelectField
        id="triage-urgency"
        className="field--compact"
        label={t('fields.urgency')}
        value={urgency}
        onChange={(event) => isUrgency(event.target.value) && setUrgency(event.target.value)}
        errorName="urgency"
        error={errors.urgency}
        data-testid="triage-urgency"
      >
        {URGENCIES.map((option) => (
          <option key={option} value={option}>
            {t(`urgency.${option}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="triage-category"
        className="field--compact"
        label={t('fields.category')}
        value={category}
        onChange={(event) => isCategory(event.target.value) && setCategory(event.target.value)}
        errorName="category"
        error={errors.category}
        data-testid="triage-category"
      >
        {CATEGORIES.map((option) => (
          <option key={option} value={option}>
            {t(`category.${option}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="triage-module"
        className="field--compact"
        label={t('fields.module')}
        value={module}
        onChange={(event) => isModule(event.target.value) && setModule(event.target.value)}
        errorName="module"
        error={errors.module}
        data-testid="triage-module"
      >
        {MODULES.map((option) => (
          <option key={option} value={option}>
            {t(`module.${option}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" disabled={!hasChanges || save.isPending} data-testid="triage-submit">
        {t('common.save')}
      </button>
      <ErrorAlert error={save.error} shownFields={['urgency', 'category', 'module']} />
    </form>
  );
}
