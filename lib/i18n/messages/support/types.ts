import type { supportEn } from "./en";

type TDeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : TDeepStrings<T[K]> };
export type TSupportMessages = TDeepStrings<typeof supportEn>;
