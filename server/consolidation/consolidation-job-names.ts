/** Looks for possible duplicates of one request; queued when it is logged or its summary changes. */
export const DETECT_DUPLICATES_JOB = 'duplicates.detect';

/** Detection is cheap and only advisory: a few tries are enough. */
export const DETECT_DUPLICATES_ATTEMPTS = 5;
