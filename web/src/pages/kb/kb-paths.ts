/** Client routes of the knowledge base. */
export const kbPaths = {
  list: '/kb',
  create: '/kb/new',
  article: (id: string) => `/kb/${encodeURIComponent(id)}`,
  edit: (id: string) => `/kb/${encodeURIComponent(id)}/edit`,
};
