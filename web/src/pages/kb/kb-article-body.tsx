import { articleDirection } from './kb-labels.ts';

type Props = { html: string; language: string; testId?: string };

/**
 * The one place the knowledge base inserts HTML: only what the server rendered from Markdown,
 * where every tag of the author's text is escaped and links are limited to http(s), mailto and
 * relative addresses (server/kb/markdown/). Never pass anything else here.
 */
export function KbArticleBody({ html, language, testId = 'kb-article-body' }: Props) {
  return (
    <div
      className="kb-body"
      lang={language}
      dir={articleDirection(language)}
      data-testid={testId}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server's own Markdown renderer
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
