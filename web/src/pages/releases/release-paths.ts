export const releasePaths = {
  list: '/releases',
  create: '/releases/new',
  detail: (id: string) => `/releases/${encodeURIComponent(id)}`,
  edit: (id: string) => `/releases/${encodeURIComponent(id)}/edit`,
  pendingDeferrals: '/deferrals',
};
