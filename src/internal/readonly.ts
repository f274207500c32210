/**
 * A type with every array and object made read-only, so that `as const` input is accepted
 * (functions, such as a business calendar's methods, are kept as they are).
 *
 * @typeParam T - the mutable type
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown ? T : T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
