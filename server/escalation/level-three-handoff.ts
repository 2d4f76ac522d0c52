import type { Transaction } from '../db/client.ts';

export type HandOffInput = { requestId: string; vendorTeamId: string; actorId: string };

/**
 * Where a level-3 request goes once routed to a vendor team. The internal vendor queue is the
 * default: the team works the request in Support Hub, so handing off records nothing extra. A
 * tracker such as Jira implements this by enqueueing its own durable job in the same transaction.
 */
export type LevelThreeHandOff = {
  destination: string;
  /** May answer where the request actually went (e.g. the internal queue when a team has no Jira). */
  handOff: (tx: Transaction, input: HandOffInput) => Promise<string | undefined>;
};

export const internalVendorQueue: LevelThreeHandOff = {
  destination: 'internal_queue',
  handOff: async () => undefined,
};
