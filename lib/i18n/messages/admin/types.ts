import type { adminEn } from "./en";

type TDeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : TDeepStrings<T[K]> };
export type TAdminMessages = TDeepStrings<typeof adminEn>;
