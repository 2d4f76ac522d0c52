import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policies/actor.ts';
import { buildUser } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import { createTopic } from './create-topic.ts';
import { replyToTopic } from './reply-to-topic.ts';
import { updateTopic } from './update-topic.ts';

let t: TestApp;
let author: Actor & { password: string };
let moderator: Actor;
let client: TestClient;
const ids: Record<string, string> = {};
const day = (n: number) => new Date(Date.UTC(2025, 0, n, 9));

type Summary = { id: string; title: string; isPinned: boolean; replyCount: number; isSubscribed: boolean };

beforeAll(async () => {
  t = await createTestApp();
  author = await buildUser(t.db, 'site_admin');
  moderator = await buildUser(t.db, 'help_desk');
  client = await t.login(author.email, author.password);
  const make = async (key: string, actor: Actor, title: string, category: 'cp' | 'gbv' | 'sync' | 'general', n: number) => {
    const topic = await createTopic({
      db: t.db,
      actor,
      input: { title, body: `${title}: details`, category, language: key === 'fr' ? 'fr' : 'en' },
      now: day(n),
    });
    ids[key] = topic.id;
  };
  await make('old', moderator, 'Referral form crashes', 'cp', 1);
  await make('pinned', moderator, 'Read this first: community rules', 'general', 2);
  await make('fr', author, 'Synchronisation bloquée à 95 %', 'sync', 3);
  await make('mine', author, 'Export of GBV incidents to Excel', 'gbv', 4);
  await make('new', moderator, 'Password reset email never arrives', 'cp', 5);
  await updateTopic({ db: t.db, actor: moderator, id: ids.pinned, input: { isPinned: true } });
  await replyToTopic({ db: t.db, actor: moderator, topicId: ids.old, body: 'Fixed in 2.11.4', now: day(6) });
});
afterAll(() => t?.close());

const list = async (query = '') => {
  const response = await client.get(`/api/community/topics${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Summary[]; nextCursor: string | null };
};

describe('[COMMUNITY]: the topic list', () => {
  it('shows pinned topics first, then by latest activity (a reply counts), with reply counts', async () => {
    const { items } = await list();
    expect(items.map((item) => item.id)).toEqual([ids.pinned, ids.old, ids.new, ids.mine, ids.fr]);
    expect(items[1]).toMatchObject({ replyCount: 1, isPinned: false });
    expect(items[0]).toMatchObject({ isPinned: true, author: { name: moderator.name, role: 'help_desk' } });
  });

  it('filters by category, language, text, mine and subscribed', async () => {
    const idsOf = async (query: string) => (await list(query)).items.map((item) => item.id);
    expect(await idsOf('?category=cp')).toEqual([ids.old, ids.new]);
    expect(await idsOf('?category=gbv,sync')).toEqual([ids.mine, ids.fr]);
    expect(await idsOf('?language=fr')).toEqual([ids.fr]);
    expect(await idsOf('?q=PASSWORD')).toEqual([ids.new]);
    expect(await idsOf('?q=100%25')).toEqual([]);
    expect(await idsOf('?mine=true')).toEqual([ids.mine, ids.fr]);
    await client.put(`/api/community/topics/${ids.old}/subscription`, { isSubscribed: true });
    expect(await idsOf('?subscribed=true')).toEqual([ids.old, ids.mine, ids.fr]);
    const topic = await client.put(`/api/community/topics/${ids.old}/subscription`, { isSubscribed: false });
    expect(topic.json().isSubscribed).toBe(false);
    expect(await idsOf('?subscribed=true')).toEqual([ids.mine, ids.fr]);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.pinned, ids.old, ids.new, ids.mine, ids.fr]);
    const bad = await client.get('/api/community/topics?cursor=nonsense');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ field: 'cursor', message: 'is malformed' }]);
  });

  it('answers problem+json for bad input and 404 for a missing topic', async () => {
    const bad = await client.post('/api/community/topics', { title: '', body: 'x', category: 'weather', language: 'de' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(
      bad
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['category', 'language', 'title']);
    expect((await client.post(`/api/community/topics/${ids.new}/replies`, { body: '   ' })).statusCode).toBe(400);
    expect((await client.patch(`/api/community/topics/${ids.mine}`, {})).statusCode).toBe(400);
    expect((await client.get('/api/community/topics?limit=500')).statusCode).toBe(400);
    expect((await client.get('/api/community/topics/not-a-topic')).statusCode).toBe(404);
    expect((await client.get('/api/community/topics/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const wrongReply = await client.put(`/api/community/topics/${ids.mine}/accepted-answer`, {
      replyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(wrongReply.statusCode).toBe(422);
    expect(wrongReply.json().errors[0].field).toBe('replyId');
  });

  it('creates a topic whose author follows it, and returns replies oldest first', async () => {
    const created = await client.post('/api/community/topics', {
      title: 'Which Android version for offline?',
      body: 'Our tablets run Android 9.',
      category: 'sync',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ isSubscribed: true, replyCount: 0, replies: [], language: 'en' });
    const id = created.json().id;
    await replyToTopic({ db: t.db, actor: moderator, topicId: id, body: 'first', now: new Date(Date.now() + 1000) });
    await replyToTopic({ db: t.db, actor: moderator, topicId: id, body: 'second', now: new Date(Date.now() + 2000) });
    const topic = (await client.get(`/api/community/topics/${id}`)).json();
    expect(topic.replies.map((reply: { body: string }) => reply.body)).toEqual(['first', 'second']);
    expect(topic.replyCount).toBe(2);
  });
});
