/** Refuses everyone through the API; only server code with overrideAccess writes such documents. */
export const nobody = (): boolean => false;
