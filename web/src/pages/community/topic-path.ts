/** The client route of one topic. */
export const topicPath = (id: string) => `/community/${encodeURIComponent(id)}`;
