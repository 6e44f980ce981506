import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { buildContext, installationMerchantId } from "@/lib/server/context/build-context";

export type TFirstRun = { merchantName: string; name: string; email: string; password: string };

// Two people opening /setup at once must not both become admin: one lock, then check and create.
const FIRST_RUN_LOCK = 7_031_001;

/** The first admin account and the merchant, on an installation that has no admin yet. */
export const createFirstAdmin = async (input: TFirstRun): Promise<{ userId: string; merchantId: string }> => {
  const passwordHash = await hashPassword(input.password);
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_RUN_LOCK})`;
    if (await tx.user.count({ where: { role: "ADMIN" } })) throw new AppError("CONFLICT", "shopAlreadySetUp");
    if (await tx.user.count({ where: { email: input.email } })) {
      throw new AppError(
        "BAD_INPUT",
        "fieldsNeedAnotherLook",
        {},
        {
          fieldErrors: { email: "This address already has an account; use another." },
        },
      );
    }
    // A merchant made before the first admin (e.g. seeded) becomes theirs; else one is made.
    const merchantId =
      (await installationMerchantId(tx)) ??
      (await tx.merchant.create({ data: { name: input.merchantName }, select: { id: true } })).id;
    await tx.merchant.update({ where: { id: merchantId }, data: { name: input.merchantName } });
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: "ADMIN", passwordHash, merchantId },
      select: { id: true },
    });
    // No context existed before this merchant and its admin: the first one is theirs.
    const ctx = await buildContext({
      actor: { type: "STAFF", id: user.id, email: input.email, role: "ADMIN" },
      merchantId,
      client: tx,
    });
    await recordAudit(
      ctx,
      {
        action: "setup.first-admin",
        target: { type: "user", id: user.id },
        after: { email: input.email, merchant: input.merchantName },
      },
      tx,
    );
    return { userId: user.id, merchantId };
  });
  return created;
};
