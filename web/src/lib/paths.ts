/** The client route of one request. */
export const requestPath = (reference: string) => `/requests/${encodeURIComponent(reference)}`;
