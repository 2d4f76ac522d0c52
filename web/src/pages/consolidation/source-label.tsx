import { useTranslation } from 'react-i18next';
import type { TRequestSource } from '../../../../shared/schemas.ts';

/** "Spreadsheet · kenema-register.xlsx, row 7", "Offline sync · device Goma tablet 3", "E-mail · mailbox sle". */
export function SourceLabel({ source, testId }: { source: TRequestSource; testId?: string }) {
  const { t } = useTranslation();
  const parts: string[] = [t(`consolidation.via.${source.via}`)];
  if (source.fileName)
    parts.push(source.row ? `${source.fileName}, ${t('consolidation.source.row', { row: source.row })}` : source.fileName);
  if (source.device) parts.push(t('consolidation.source.device', { device: source.device }));
  if (source.mailboxId) parts.push(t('consolidation.source.mailbox', { mailbox: source.mailboxId }));
  return (
    <span className="source-label" data-testid={testId} data-via={source.via} dir="auto">
      {parts.join(' · ')}
    </span>
  );
}
