import type { TSearchHit } from '../api/search-types.ts';

type Props = { parts: TSearchHit['snippet'] };

/** A search snippet as plain React text; the words the query matched are in `<mark>`. */
export function SnippetText({ parts }: Props) {
  let offset = 0;
  const pieces = parts.map((part) => {
    const key = offset;
    offset += part.text.length + 1;
    return part.isMatch ? <mark key={key}>{part.text}</mark> : <span key={key}>{part.text}</span>;
  });
  return <>{pieces}</>;
}
