import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { q: string; onSearch: (q: string) => void };

/** The search page's own box; it follows the URL (the header box may change it) and searches on Enter. */
export function SearchBox({ q, onSearch }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(draft.trim());
  };

  return (
    <search>
      <form className="search-box" onSubmit={onSubmit}>
        <label htmlFor="search-q" className="visually-hidden">
          {t('search.inputLabel')}
        </label>
        <input
          id="search-q"
          type="search"
          dir="auto"
          enterKeyHint="search"
          autoComplete="off"
          maxLength={200}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          data-testid="search-input"
        />
        <button type="submit" className="button button--primary">
          {t('search.submit')}
        </button>
      </form>
    </search>
  );
}
