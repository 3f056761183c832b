/** The same keys as the English source, each a string: a missing or extra key in a translation fails tsc. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};
