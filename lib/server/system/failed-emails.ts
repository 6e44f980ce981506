import "server-only";
import { db } from "@/lib/db";

// Mail the outbox gave up on (lib/server/email/deliver-emails.ts). Mail older than the outbox was
// closed by its migration without an attempt, so only attempted mail counts.
const FAILED = { failedAt: { not: null }, attempts: { gt: 0 } } as const;

/** The newest mail that could not be delivered, for the System page. */
export const listFailedEmails = async (limit: number) =>
  db.email.findMany({
    where: FAILED,
    orderBy: { failedAt: "desc" },
    take: limit,
    select: { id: true, kind: true, to: true, customerId: true, failedAt: true, attempts: true, error: true },
  });

export const countFailedEmails = async (): Promise<number> => db.email.count({ where: FAILED });

export type TFailedEmail = Awaited<ReturnType<typeof listFailedEmails>>[number];
