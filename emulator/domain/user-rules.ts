import { parseIsoDate } from "./time";
import type { TestUser } from "./types";

/**
 * From this day (emulator clock, UTC) Vipps refuses sign-ups by users under 18 [CL Dec 2025, TU
 * 2025-11]. Before it an under-18 user could approve like anyone else.
 */
export const AGE_CHECK_FROM = Date.UTC(2025, 11, 9);

/**
 * From this month a deleted Vipps profile stops all its ACTIVE agreements (actor ADMIN) [CL Jul
 * 2026]; before, the agreements stayed ACTIVE and their charges failed with non_technical_error.
 */
export const PROFILE_DELETION_STOPS_FROM = Date.UTC(2026, 6, 1);

/** Age in whole years on the UTC date of `now` (a birthday counts from its own day). */
export function ageOn(birthDate: string, now: number): number | null {
  const born = parseIsoDate(birthDate);
  if (born === null) return null;
  const b = new Date(born);
  const n = new Date(now);
  const beforeBirthday =
    n.getUTCMonth() < b.getUTCMonth() ||
    (n.getUTCMonth() === b.getUTCMonth() && n.getUTCDate() < b.getUTCDate());
  return n.getUTCFullYear() - b.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

/** Whether Vipps would refuse this user's approval of a new agreement at `now` for their age. */
export function refusedForAge(user: Pick<TestUser, "birthDate">, now: number): boolean {
  if (now < AGE_CHECK_FROM) return false;
  const age = ageOn(user.birthDate, now);
  return age !== null && age < 18;
}
