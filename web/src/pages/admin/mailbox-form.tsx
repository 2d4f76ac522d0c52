import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import {
  MAILBOX_SECURITIES,
  type MailboxSecurity,
  type TMailbox,
  type TMailboxInput,
  type TMailboxSiteRule,
} from '../../api/inbound-types.ts';
import type { TSite } from '../../api/types.ts';
import { useSaveForm } from '../../api/use-save-form.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { AdminForm } from './admin-form.tsx';
import { MailboxConnectionTest } from './mailbox-connection-test.tsx';
import { MailboxRulesField } from './mailbox-rules-field.tsx';

type Props = { mailbox: TMailbox | null; sites: TSite[]; onSaved: (mailbox: TMailbox) => void; onCancel: () => void };

const FIELDS = ['name', 'siteId', 'host', 'port', 'security', 'username', 'password', 'folder', 'siteRules'] as const;
const DEFAULT_PORTS: Record<MailboxSecurity, number> = { tls: 993, starttls: 143, none: 143 };
const isSecurity = (value: string): value is MailboxSecurity => (MAILBOX_SECURITIES as readonly string[]).includes(value);

/** Add or change a mailbox; the password field is write-only (empty keeps the stored one). */
export function MailboxForm({ mailbox, sites, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(mailbox?.name ?? '');
  const [siteId, setSiteId] = useState(mailbox?.siteId ?? '');
  const [host, setHost] = useState(mailbox?.host ?? '');
  const [security, setSecurity] = useState<MailboxSecurity>(mailbox?.security ?? 'tls');
  const [port, setPort] = useState(String(mailbox?.port ?? 993));
  const [username, setUsername] = useState(mailbox?.username ?? '');
  const [password, setPassword] = useState('');
  const [folder, setFolder] = useState(mailbox?.folder ?? 'INBOX');
  const [isActive, setIsActive] = useState(mailbox?.isActive ?? true);
  const [siteRules, setSiteRules] = useState<TMailboxSiteRule[]>(mailbox?.siteRules ?? []);

  const connection = () => ({
    host: host.trim(),
    port: Number(port),
    security,
    username: username.trim(),
    folder: folder.trim(),
    ...(password ? { password } : {}),
    ...(mailbox ? { mailboxId: mailbox.id } : {}),
  });
  const form = useSaveForm(() => {
    const { mailboxId: _id, ...settings } = connection();
    const body: TMailboxInput = {
      ...settings,
      name,
      siteId: siteId || null,
      siteRules,
      isActive,
    };
    return mailbox ? api.patch<TMailbox>(`/api/mailboxes/${mailbox.id}`, body) : api.post<TMailbox>('/api/mailboxes', body);
  }, onSaved);
  const { errors } = form;

  return (
    <AdminForm
      title={mailbox ? t('inbound.edit', { name: mailbox.name }) : t('inbound.new')}
      form={form}
      shownFields={FIELDS}
      onCancel={onCancel}
      testId="mailbox-form"
      saveTestId="mailbox-save"
    >
      <div className="form__row">
        <TextField
          id="mailbox-name"
          label={t('inbound.fields.name')}
          value={name}
          required
          onChange={(event) => setName(event.target.value)}
          errorName="name"
          error={errors.name}
        />
        <SelectField
          id="mailbox-site"
          label={t('inbound.fields.site')}
          hint={t('inbound.fields.siteHint')}
          value={siteId}
          onChange={(event) => setSiteId(event.target.value)}
          errorName="siteId"
          error={errors.siteId}
        >
          <option value="">{t('inbound.fields.noSite')}</option>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.code} · {site.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form__row form__row--three">
        <TextField
          id="mailbox-host"
          label={t('inbound.fields.host')}
          dir="ltr"
          value={host}
          required
          onChange={(event) => setHost(event.target.value)}
          errorName="host"
          error={errors.host}
        />
        <SelectField
          id="mailbox-security"
          label={t('inbound.fields.security')}
          value={security}
          onChange={(event) => {
            if (!isSecurity(event.target.value)) return;
            if (port === String(DEFAULT_PORTS[security])) setPort(String(DEFAULT_PORTS[event.target.value]));
            setSecurity(event.target.value);
          }}
          errorName="security"
          error={errors.security}
        >
          {MAILBOX_SECURITIES.map((value) => (
            <option key={value} value={value}>
              {t(`inbound.securities.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="mailbox-port"
          label={t('inbound.fields.port')}
          type="number"
          min={1}
          max={65535}
          value={port}
          onChange={(event) => setPort(event.target.value)}
          errorName="port"
          error={errors.port}
        />
      </div>
      <div className="form__row form__row--three">
        <TextField
          id="mailbox-username"
          label={t('inbound.fields.username')}
          dir="ltr"
          autoComplete="off"
          value={username}
          required
          onChange={(event) => setUsername(event.target.value)}
          errorName="username"
          error={errors.username}
        />
        <TextField
          id="mailbox-password"
          type="password"
          autoComplete="new-password"
          label={t('inbound.fields.password')}
          hint={mailbox?.hasPassword ? t('inbound.fields.passwordSet') : t('inbound.fields.passwordUnset')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errorName="password"
          error={errors.password}
        />
        <TextField
          id="mailbox-folder"
          label={t('inbound.fields.folder')}
          dir="ltr"
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
          errorName="folder"
          error={errors.folder}
        />
      </div>
      <MailboxConnectionTest settings={connection} />
      <label className="check">
        <input type="checkbox" checked={isActive} onChange={(event) => setIsActive(event.target.checked)} />
        <span>{t('inbound.fields.isActive')}</span>
      </label>
      <MailboxRulesField rules={siteRules} sites={sites} errors={errors} onChange={setSiteRules} />
      <p className="muted" data-testid="mailbox-site-settings-note">
        {t('inbound.fields.siteSettingsNote')}
      </p>
    </AdminForm>
  );
}
