import type { NoticeVersion } from '../db/schema/index.ts';

/** The version in the first of these languages the notice is written in, else its default (first) one. */
export function pickNoticeVersion(versions: NoticeVersion[], languages: (string | null | undefined)[]): NoticeVersion {
  for (const language of languages) {
    const code = (language ?? '').slice(0, 2).toLowerCase();
    const match = versions.find((version) => version.language === code);
    if (match) return match;
  }
  return versions[0];
}
