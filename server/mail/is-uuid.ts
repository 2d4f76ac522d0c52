const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value can be looked up as a uuid column without a database error. */
export const isUuid = (value: string) => UUID.test(value);
