// How the support console names who did something, from the people behind actor ids.

type TPerson = { name: string | null; email: string };
export type TActorNames = Map<string, TPerson>;

/**
 * "Siri Hansen (siri@shop.no, staff)", or "siri@shop.no (staff)" without a name; the id only when
 * the user is gone and no email was recorded.
 */
export function actorLabel(
  actor: { actorType: string; actorId?: string | null; actorEmail?: string | null },
  names: TActorNames,
): string {
  if (actor.actorType === "SYSTEM") return "system";
  const person = actor.actorId ? names.get(actor.actorId) : undefined;
  const email = person?.email ?? actor.actorEmail;
  const role = actor.actorType.toLowerCase();
  if (person?.name) return `${person.name} (${email}, ${role})`;
  return `${email ?? actor.actorId ?? "unknown"} (${role})`;
}
