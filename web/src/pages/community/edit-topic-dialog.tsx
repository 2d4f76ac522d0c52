import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityLanguage, TCommunityTopic } from '../../../../shared/community-schemas.ts';
import { api } from '../../api/client.ts';
import { useSaveForm } from '../../api/use-save-form.ts';
import { Modal } from '../../components/modal.tsx';
import { type TopicDraft, TopicForm } from './topic-form.tsx';

type Props = { topic: TCommunityTopic; onClose: () => void; onSaved: (topic: TCommunityTopic) => void };

export function EditTopicDialog({ topic, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TopicDraft>({
    title: topic.title,
    body: topic.body,
    category: topic.category,
    language: topic.language as CommunityLanguage,
  });
  const form = useSaveForm(
    () =>
      api.patch<TCommunityTopic>(`/api/community/topics/${topic.id}`, {
        title: draft.title,
        body: draft.body,
        category: draft.category,
      }),
    (saved) => onSaved(saved),
  );
  return (
    <Modal title={t('community.topic.editTitle')} onClose={onClose} testId="topic-edit-dialog" wide>
      <TopicForm
        draft={draft}
        onDraft={setDraft}
        form={form}
        submitLabel={t('community.form.save')}
        hasLanguage={false}
        onCancel={onClose}
      />
    </Modal>
  );
}
