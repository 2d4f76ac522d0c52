export * from './community.ts';
export * from './deflection.ts';
export * from './help-requests.ts';
export * from './kb.ts';
export * from './notifications.ts';
export * from './sites.ts';
export * from './users.ts';
export * from './vendor-teams.ts';
