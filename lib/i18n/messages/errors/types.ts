import type { errorsEn } from "./en";

export type TErrorMessages = Record<keyof typeof errorsEn, string>;
