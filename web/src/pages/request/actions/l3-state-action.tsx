import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/api-error.ts';
import type { L3State, THelpRequest, TUpdateHelpRequest } from '../../../api/types.ts';
import { useAction } from '../../../api/use-action.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FieldError, TextField } from '../../../components/fields.tsx';
import { isL3State } from '../../../lib/enums.ts';
import { patchRequest } from './patch-request.ts';

const SETTABLE_STATES = ['triaged', 'in_progress', 'fix_ready', 'released'] as const satisfies readonly L3State[];

type Props = { request: THelpRequest; onDone: (updated: THelpRequest) => void };

export function L3StateAction({ request, onDone }: Props) {
  const { t } = useTranslation();
  const current = request.l3State;
  const [state, setState] = useState<L3State>(current && current !== 'new' ? current : 'triaged');
  const [fixVersion, setFixVersion] = useState(request.fixVersion ?? '');
  const [codeChangeUrl, setCodeChangeUrl] = useState(request.codeChangeUrl ?? '');
  const [isUnchanged, setIsUnchanged] = useState(false);
  const save = useAction((body: TUpdateHelpRequest) => patchRequest(request.id, body));
  const errors = fieldErrorsOf(save.error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: TUpdateHelpRequest = {};
    if (state !== current) body.l3State = state;
    if (fixVersion.trim() !== (request.fixVersion ?? '')) body.fixVersion = fixVersion.trim() || null;
    if (codeChangeUrl.trim() !== (request.codeChangeUrl ?? '')) {
      body.codeChangeUrl = codeChangeUrl.trim() || null;
    }
    setIsUnchanged(Object.keys(body).length === 0);
    if (Object.keys(body).length === 0) return;
    const result = await save.run(body);
    if (result.ok) onDone(result.value);
  };

  return (
    <form className="action" onSubmit={onSubmit} noValidate>
      <div className="field field--compact">
        <label htmlFor="l3-state-select">{t('l3Action.label')}</label>
        <select
          id="l3-state-select"
          value={state}
          onChange={(event) => isL3State(event.target.value) && setState(event.target.value)}
          data-testid="l3-state-select"
        >
          {SETTABLE_STATES.map((option) => (
            <option key={option} value={option}>
              {t(`l3State.${option}`)}
            </option>
          ))}
        </select>
        <FieldError name="l3State" message={errors.l3State} />
      </div>
      <TextField
        id="fix-version"
        className="field--compact"
        label={t('fields.fixVersion')}
        value={fixVersion}
        maxLength={40}
        onChange={(event) => setFixVersion(event.target.value)}
        errorName="fixVersion"
        error={errors.fixVersion}
        data-testid="fix-version"
      />
      <TextField
        id="code-change-url"
        className="field--compact"
        type="url"
        label={t('fields.codeChangeUrl')}
        value={codeChangeUrl}
        onChange={(event) => setCodeChangeUrl(event.target.value)}
        errorName="codeChangeUrl"
        error={errors.codeChangeUrl}
        data-testid="code-change-url"
      />
      {isUnchanged ? (
        <p className="muted" role="status">
          {t('common.nothingChanged')}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="l3-state-submit">
        {t('l3Action.submit')}
      </button>
      <ErrorAlert error={save.error} shownFields={['l3State', 'fixVersion', 'codeChangeUrl']} />
    </form>
  );
}
