/**
 * The object without its undefined fields. Zod keeps `{ a: undefined }` as an own key, and a spread
 * of it would erase the stored value: in a patch, an undefined field means "unchanged".
 */
export function definedFields<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
