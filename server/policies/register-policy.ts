import type { Actor } from './actor.ts';

/**
 * Who may bring a spreadsheet into a site's register (and download its template): the people who
 * log requests there. Updating an existing request through a sheet also needs `requestAbilities`.
 */
export function canImportRegisterAt(actor: Actor, site: { id: string }): boolean {
  switch (actor.role) {
    case 'admin':
    case 'help_desk':
      return true;
    case 'coordinator':
    case 'site_admin':
      return actor.siteIds.includes(site.id);
    default:
      return false;
  }
}

/** Staff export the part of the register they may see (request-policy's scope decides the rows). */
export function canExportRegister(actor: Actor): boolean {
  return ['site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'admin'].includes(actor.role);
}

/** An import's preview and confirmation belong to the person who uploaded it. */
export function canSeeImport(actor: Actor, upload: { createdById: string }): boolean {
  return upload.createdById === actor.id;
}
