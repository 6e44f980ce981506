import "server-only";
import { db } from "@/lib/db";
import { machineMs } from "@/lib/clock";
import { toDateOnly } from "@/lib/domain/periods";
import { enqueue } from "@/lib/queue/client";
import type { TServerContext } from "@/lib/server/context/server-context";

const LEASE_MS = 5 * 60_000;
// The agreement.poll chain keeps nextPollAt a few seconds ahead in wall-clock time; a minute behind means the chain died.
const AGREEMENT_CHAIN_GRACE_MS = 60_000;
const WEBHOOK_GRACE_MS = 2 * 60_000;

/**
 * The safety net under polling (a cron, every minute): queues a poll for every PENDING agreement
 * and every unsettled charge whose next look is overdue, and queues again webhook events left
 * unprocessed (one webhooks.drain), so nothing is forgotten after a crash, a lost job or a cleared nextPollAt.
 * Each row is leased (nextPollAt moved ahead) before its job is queued, so sweeps never pile up.
 * Every merchant's rows (the sweep is the system's); charges are due by `ctx.now`.
 */
export const sweepPolls = async (ctx: TServerContext, options: { limit?: number } = {}) => {
  const limit = options.limit ?? 1000;
  const at = ctx.now;
  const wall = machineMs();
  const lease = new Date(at.getTime() + LEASE_MS);

  const agreements = await db.agreement.findMany({
    where: {
      status: "PENDING",
      vippsAgreementId: { not: null },
      nextPollAt: { lt: new Date(wall - AGREEMENT_CHAIN_GRACE_MS) },
    },
    select: { id: true, nextPollAt: true, pollAttempts: true },
    take: limit,
  });
  let agreementPolls = 0;
  for (const a of agreements) {
    const taken = await db.agreement.updateMany({
      where: { id: a.id, nextPollAt: a.nextPollAt },
      data: { nextPollAt: new Date(wall + LEASE_MS) },
    });
    if (taken.count === 0) continue;
    await enqueue("agreement.poll", { agreementId: a.id, attempt: a.pollAttempts });
    agreementPolls++;
  }

  const charges = await db.charge.findMany({
    where: {
      sendState: "SENT",
      OR: [
        {
          status: { in: ["PENDING", "DUE", "PROCESSING", "RESERVED", "PARTIALLY_CAPTURED"] },
          nextPollAt: { lte: at },
        },
        // Applying a change clears nextPollAt; a charge still unsettled after its due date is looked at again.
        { status: { in: ["PENDING", "DUE", "PROCESSING"] }, nextPollAt: null, due: { lte: toDateOnly(at) } },
        {
          status: { in: ["RESERVED", "PARTIALLY_CAPTURED"] },
          nextPollAt: null,
          captureDeadline: { lte: at },
        },
      ],
    },
    select: { id: true, nextPollAt: true },
    take: limit,
  });
  let chargePolls = 0;
  for (const c of charges) {
    const taken = await db.charge.updateMany({
      where: { id: c.id, nextPollAt: c.nextPollAt },
      data: { nextPollAt: lease },
    });
    if (taken.count === 0) continue;
    await enqueue("charge.poll", { chargeId: c.id });
    chargePolls++;
  }

  // Events nobody drained (a lost kick, a dead worker's lease) and events put off whose time has come.
  const waiting = await db.webhookEvent.count({
    where: {
      processedAt: null,
      receivedAt: { gt: new Date(wall - 7 * 86_400_000) },
      OR: [
        { nextAttemptAt: { lte: new Date(wall) } },
        { nextAttemptAt: null, receivedAt: { lt: new Date(wall - WEBHOOK_GRACE_MS) } },
      ],
    },
  });
  if (waiting > 0) await enqueue("webhooks.drain", {});

  return { agreementPolls, chargePolls, webhooks: waiting };
};
