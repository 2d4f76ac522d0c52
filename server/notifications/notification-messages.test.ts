import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_MESSAGE_KEYS } from '../../shared/notification-messages.ts';

const LOCALES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/i18n/locales');
const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;

/** `sla.notifications.warning` lives in `sla/<language>.json` under `notifications.warning`. */
function lookUp(language: string, key: string): unknown {
  const [namespace, ...rest] = key.split('.');
  const strings = JSON.parse(readFileSync(path.join(LOCALES, namespace, `${language}.json`), 'utf8'));
  return rest.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('[NOTIFICATIONS]: stored message keys', () => {
  it.each(NOTIFICATION_MESSAGE_KEYS)('%s is translated in all five languages, with the same params', (key) => {
    const english = lookUp('en', key);
    expect(typeof english).toBe('string');
    for (const language of LANGUAGES) {
      const text = lookUp(language, key);
      expect(typeof text, `${language}: ${key}`).toBe('string');
      expect(placeholders(text as string), `${language}: ${key}`).toEqual(placeholders(english as string));
    }
  });
});
