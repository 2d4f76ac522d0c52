import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatRelative } from '../lib/format.ts';

type Props = {
  value: string | null | undefined;
  /** `relative` shows "3 hours ago" with the exact time on hover; `both` shows both. */
  mode?: 'absolute' | 'date' | 'relative' | 'both';
};

export function DateTime({ value, mode = 'absolute' }: Props) {
  const { t, i18n } = useTranslation();
  if (!value) return <span className="muted">{t('common.none')}</span>;
  const language = i18n.language;
  const absolute = formatDateTime(value, language);
  if (mode === 'date') {
    return (
      <time dateTime={value} title={absolute}>
        {formatDate(value, language)}
      </time>
    );
  }
  if (mode === 'absolute') return <time dateTime={value}>{absolute}</time>;
  const relative = formatRelative(value, language);
  return (
    <time dateTime={value} title={absolute}>
      {mode === 'both' ? `${relative} · ${absolute}` : relative}
    </time>
  );
}
