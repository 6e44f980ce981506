import { PROFILE_DELETION_STOPS_FROM } from "../domain/user-rules";
import { stopAgreement } from "./agreement-ops";
import type { Engine } from "./engine";

/**
 * The user deletes their Vipps profile. Since July 2026 all their ACTIVE agreements stop at once
 * (actor ADMIN, one agreement-stopped webhook each) [CL Jul 2026]; before that they stayed ACTIVE
 * and charges failed with non_technical_error until the July clean-up stopped them too.
 */
export function deleteProfile(engine: Engine, phoneNumber: string): string[] {
  const user = engine.store.users.get(phoneNumber);
  if (!user) return [];
  const now = engine.now();
  if (user.deletedAt == null) {
    user.deletedAt = now;
    engine.store.putUser(user);
  }
  if (now >= PROFILE_DELETION_STOPS_FROM) return stopAgreementsOfDeletedUser(engine, phoneNumber);
  engine.scheduler.add(PROFILE_DELETION_STOPS_FROM, "profile-cleanup", phoneNumber);
  return [];
}

/** Stops the ACTIVE agreements a deleted profile approved; returns their ids. */
export function stopAgreementsOfDeletedUser(engine: Engine, phoneNumber: string): string[] {
  if (engine.store.users.get(phoneNumber)?.deletedAt == null) return [];
  const stopped: string[] = [];
  for (const agreement of engine.store.agreements.values()) {
    if (agreement.status !== "ACTIVE" || agreement.userPhoneNumber !== phoneNumber) continue;
    stopAgreement(engine, agreement, "ADMIN");
    stopped.push(agreement.id);
  }
  return stopped;
}
