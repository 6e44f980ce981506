import "server-only";
import { db } from "@/lib/db";
import { DEMO_ADDRESS_ENDINGS } from "@/lib/demo-logins";

/**
 * What the dev mailbox (demo mode, no SMTP) shows: the latest mail to demo addresses only. Its
 * sign-in and invitation links are credentials, so a real address's mail never appears there.
 */
export const listDemoMailbox = async (input: { take?: number } = {}) =>
  db.email.findMany({
    // Stored lower-case (queueEmail), so a plain suffix match is exact.
    where: { OR: DEMO_ADDRESS_ENDINGS.map((ending) => ({ to: { endsWith: ending } })) },
    orderBy: { createdAt: "desc" },
    take: input.take ?? 50,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true },
  });
