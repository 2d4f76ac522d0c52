/** Writes a confirmed import to the register (all rows or none); queued by the confirm. */
export const APPLY_IMPORT_JOB = 'register.apply-import';
