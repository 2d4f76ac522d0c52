import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TCommunityTopic } from '../../../../shared/community-schemas.ts';
import { api } from '../../api/client.ts';
import { useSaveForm } from '../../api/use-save-form.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { isLanguage } from '../../i18n/languages.ts';
import { type TopicDraft, TopicForm } from './topic-form.tsx';
import { topicPath } from './topic-path.ts';

export function NewTopicPage() {
  const { t, i18n } = useTranslation();
  const { abilities } = useMe();
  const navigate = useNavigate();
  usePageTitle(t('community.form.title'));
  const [draft, setDraft] = useState<TopicDraft>({
    title: '',
    body: '',
    category: 'general',
    language: isLanguage(i18n.language) ? i18n.language : 'en',
  });
  const form = useSaveForm(
    () => api.post<TCommunityTopic>('/api/community/topics', draft),
    (topic) => navigate(topicPath(topic.id)),
  );

  if (!abilities.createTopic) {
    return (
      <div className="page page--narrow">
        <p className="alert alert--warning">{t('common.notAllowed')}</p>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{t('community.form.title')}</h1>
      <TopicForm draft={draft} onDraft={setDraft} form={form} submitLabel={t('community.form.submit')} hasLanguage />
    </div>
  );
}
