/** A string literal for a LanceDB filter. */
export const sqlString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
