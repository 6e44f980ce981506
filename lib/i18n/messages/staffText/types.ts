import type { staffTextEn } from "./en";

type TDeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : TDeepStrings<T[K]> };
export type TStaffTextMessages = TDeepStrings<typeof staffTextEn>;
