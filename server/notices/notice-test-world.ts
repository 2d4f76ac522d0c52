import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import type { TestApp } from '../test/test-app.ts';

/**
 * Three sites in three time zones: A (Freetown, English) and B (Bogotá, Spanish) share a
 * coordinator; C (Amman, Arabic) has its own. Each has a site admin; A has a reporter with an
 * account, and an open phone request from someone known only by address.
 */
export async function buildNoticeWorld(t: Pick<TestApp, 'db'>) {
  const db = t.db;
  const siteA = await buildSite(db, { timeZone: 'Africa/Freetown', languages: ['en'] });
  const siteB = await buildSite(db, { timeZone: 'America/Bogota', languages: ['es'] });
  const siteC = await buildSite(db, { timeZone: 'Asia/Amman', languages: ['ar', 'en'] });
  const helpDesk = await buildUser(db, 'help_desk');
  const coordAB = await buildUser(db, 'coordinator', { siteIds: [siteA.id, siteB.id] });
  const coordC = await buildUser(db, 'coordinator', { siteIds: [siteC.id] });
  const adminA = await buildUser(db, 'site_admin', { siteIds: [siteA.id] });
  const adminB = await buildUser(db, 'site_admin', { siteIds: [siteB.id], locale: 'es' });
  const adminC = await buildUser(db, 'site_admin', { siteIds: [siteC.id], locale: 'ar' });
  const reporterA = await buildUser(db, 'reporter', { siteIds: [siteA.id] });
  const phoneRequest = await buildRequest(db, adminA, {
    siteId: siteA.id,
    reporterName: 'Field worker',
    reporterContact: 'field.worker@ngo.example.net',
  });
  const reporterB = await buildUser(db, 'reporter', { siteIds: [siteB.id] });
  return { siteA, siteB, siteC, helpDesk, coordAB, coordC, adminA, adminB, adminC, reporterA, phoneRequest, reporterB };
}

export type NoticeWorld = Awaited<ReturnType<typeof buildNoticeWorld>>;

export const hoursFromNow = (hours: number, from = new Date()) => new Date(from.getTime() + hours * 3600_000).toISOString();
