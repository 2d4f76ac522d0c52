import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** The search box in the header: Enter opens /search with the words typed. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [q, setQ] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = q.trim();
    if (words) navigate(`/search?${new URLSearchParams({ q: words }).toString()}`);
  };

  return (
    <search className="header-search">
      <form onSubmit={onSubmit}>
        <label htmlFor={id} className="visually-hidden">
          {t('search.header.label')}
        </label>
        <input
          id={id}
          type="search"
          dir="auto"
          enterKeyHint="search"
          autoComplete="off"
          maxLength={200}
          placeholder={t('search.header.placeholder')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          data-testid="header-search"
        />
      </form>
    </search>
  );
}
