import "server-only";
import { db } from "@/lib/db";

type TPerson = { name: string | null; email: string };
export type TActorNames = Map<string, TPerson>;

/** The people behind actor ids (staff and customers are users), so the console names who did what. */
export const actorNames = async (ids: (string | null | undefined)[]): Promise<TActorNames> => {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]));
};

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
