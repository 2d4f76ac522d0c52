import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';

type Props = {
  error: unknown;
  /** Fields shown inline by the form; their errors are not repeated here. */
  shownFields?: readonly string[];
  /** Prefix of the inline fields (`dossier` for `dossier.browser`). */
  prefix?: string;
};

function isShown(field: string, shownFields: readonly string[], prefix?: string) {
  const path = field.split('.');
  if (prefix) {
    if (path[0] !== prefix) return shownFields.includes(path[0] ?? '');
    return shownFields.includes(path[1] ?? '');
  }
  return shownFields.includes(path[0] ?? '');
}

/** Shows a failed call: the problem's title and detail, plus field errors no input displays. */
export function ErrorAlert({ error, shownFields = [], prefix }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isApiError(error)) {
    return (
      <div className="alert alert--error" role="alert">
        <p className="alert__title">{t('errors.generic')}</p>
      </div>
    );
  }
  const { problem } = error;
  const fieldErrors = problem.errors ?? [];
  const others = fieldErrors.filter(({ field }) => !isShown(field, shownFields, prefix));
  const hasInline = fieldErrors.length > others.length;
  const title = problem.status === 0 ? t('errors.network') : problem.title;
  return (
    <div className="alert alert--error" role="alert" data-testid="error-alert">
      <p className="alert__title">{title}</p>
      {/* With field errors the detail only repeats them. */}
      {problem.detail && fieldErrors.length === 0 ? <p>{problem.detail}</p> : null}
      {hasInline ? <p>{t('errors.fixFields')}</p> : null}
      {others.length ? (
        <ul>
          {others.map(({ field, message }) => (
            <li key={`${field}:${message}`}>
              {field ? <code>{field}</code> : null} {message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
