/**
 * A type with every array and object made read-only, so that `as const` input is accepted.
 *
 * @typeParam T - the mutable type
 */
export type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
