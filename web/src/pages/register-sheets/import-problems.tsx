import { useTranslation } from 'react-i18next';
import type { TImportProblem } from '../../../../shared/register-schemas.ts';

type Props = { title: string; problems: TImportProblem[]; tone: 'error' | 'info'; testId: string };

/** Problems in words: which row, which column, why. */
export function ImportProblems({ title, problems, tone, testId }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : undefined} data-testid={testId}>
      <p className="alert__title">{title}</p>
      <ul>
        {problems.map((problem, index) => (
          // Problems have no id; their order is fixed by the server.
          // biome-ignore lint/suspicious/noArrayIndexKey: static list
          <li key={index}>
            {problem.row ? `${t('sheets.row')} ${problem.row}` : null}
            {problem.row && problem.column ? ', ' : null}
            {problem.column ? <strong>{problem.column}</strong> : null}
            {problem.row || problem.column ? ': ' : null}
            {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
