export * from './help-requests.ts';
export * from './sites.ts';
export * from './users.ts';
export * from './vendor-teams.ts';
