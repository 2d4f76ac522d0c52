import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/constants.ts';
import { api } from '../../api/client.ts';
import type { ModuleCode, Role, TSite, TUser, TUserInput, TVendorTeam } from '../../api/types.ts';
import { useSaveForm } from '../../api/use-save-form.ts';
import { CheckboxGroup, SelectField, TextField } from '../../components/fields.tsx';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/languages.ts';
import { isRole } from '../../lib/enums.ts';
import { AdminForm } from './admin-form.tsx';
import { ModulesCheckboxGroup } from './modules-checkbox-group.tsx';

type Props = {
  user: TUser | null;
  sites: TSite[];
  teams: TVendorTeam[];
  onSaved: (user: TUser) => void;
  onCancel: () => void;
};

const FIELDS = ['email', 'name', 'role', 'locale', 'siteIds', 'modules', 'vendorTeamId', 'isActive', 'password'];

export function UserForm({ user, sites, teams, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'reporter');
  const [locale, setLocale] = useState<Language>(isLanguage(user?.locale) ? user.locale : 'en');
  const [siteIds, setSiteIds] = useState<string[]>(user?.siteIds ?? []);
  const [modules, setModules] = useState<ModuleCode[]>(user?.modules ?? []);
  const [vendorTeamId, setVendorTeamId] = useState(user?.vendorTeamId ?? '');
  const [isActive, setIsActive] = useState(user?.isActive ?? true);
  const [isOnDuty, setIsOnDuty] = useState(user?.isOnDuty ?? false);
  const [password, setPassword] = useState('');

  const form = useSaveForm(() => {
    const body: TUserInput = {
      email: email.trim(),
      name,
      role,
      locale,
      siteIds,
      modules,
      vendorTeamId: vendorTeamId || null,
      isActive,
      ...(role === 'coordinator' || role === 'help_desk' ? { isOnDuty } : { isOnDuty: false }),
    };
    return user ? api.patch<TUser>(`/api/users/${user.id}`, body) : api.post<TUser>('/api/users', { ...body, password });
  }, onSaved);
  const { errors } = form;

  return (
    <AdminForm
      title={user ? t('admin.users.edit', { name: user.name }) : t('admin.users.new')}
      form={form}
      shownFields={FIELDS}
      onCancel={onCancel}
      testId="user-form"
      saveTestId="user-save"
    >
      <div className="form__row">
        <TextField
          id="user-name"
          label={t('admin.users.name')}
          value={name}
          required
          onChange={(event) => setName(event.target.value)}
          errorName="name"
          error={errors.name}
        />
        <TextField
          id="user-email"
          type="email"
          label={t('admin.users.email')}
          value={email}
          required
          autoComplete="off"
          onChange={(event) => setEmail(event.target.value)}
          errorName="email"
          error={errors.email}
        />
      </div>
      <div className="form__row form__row--three">
        <SelectField
          id="user-role"
          label={t('admin.users.role')}
          value={role}
          onChange={(event) => isRole(event.target.value) && setRole(event.target.value)}
          errorName="role"
          error={errors.role}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`role.${option}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="user-locale"
          label={t('admin.users.locale')}
          value={locale}
          onChange={(event) => isLanguage(event.target.value) && setLocale(event.target.value)}
          errorName="locale"
          error={errors.locale}
        >
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="user-vendor-team"
          label={t('admin.users.vendorTeam')}
          value={vendorTeamId}
          onChange={(event) => setVendorTeamId(event.target.value)}
          errorName="vendorTeamId"
          error={errors.vendorTeamId}
        >
          <option value="">{t('common.none')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup
        id="user-sites"
        legend={t('admin.users.sites')}
        options={sites.map((site) => ({ value: site.id, label: `${site.code} · ${site.name}` }))}
        value={siteIds}
        onChange={setSiteIds}
        errorName="siteIds"
        error={errors.siteIds}
      />
      <ModulesCheckboxGroup
        id="user-modules"
        legend={t('admin.users.modules')}
        value={modules}
        onChange={setModules}
        error={errors.modules}
      />
      {user ? null : (
        <TextField
          id="user-password"
          type="password"
          autoComplete="new-password"
          label={t('admin.users.password')}
          hint={t('account.hint')}
          value={password}
          required
          onChange={(event) => setPassword(event.target.value)}
          errorName="password"
          error={errors.password}
        />
      )}
      <label className="check">
        <input type="checkbox" checked={isActive} onChange={(event) => setIsActive(event.target.checked)} />
        <span>{t('admin.users.isActive')}</span>
      </label>
      {role === 'coordinator' || role === 'help_desk' ? (
        <label className="check">
          <input
            type="checkbox"
            checked={isOnDuty}
            data-testid="user-on-duty"
            onChange={(event) => setIsOnDuty(event.target.checked)}
          />
          <span>{t('sla.onDuty.label')}</span>
        </label>
      ) : null}
    </AdminForm>
  );
}
