import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { TVippsCallRecord } from "@/lib/vipps/http";
import { problemIdentifier } from "@/lib/vipps/errors";

type TRow = ReturnType<typeof rowOf>;
type TPending = { row: TRow; resolve: () => void; reject: (error: unknown) => void };

// Group commit: calls recorded while a write is under way are stored together in the next one, so
// a burst of reads (a webhook drain reads hundreds of agreements at once) costs one INSERT and one
// commit per group instead of one per call. Alone, a call is written at once (next turn of the
// event loop); there is no timer to wait out. The rows go to PostgreSQL as one JSON parameter:
// Prisma's createMany spent about 0.3 ms of CPU per row preparing them, this about 0.015.
const MAX_WRITES_IN_FLIGHT = 2;
const MAX_GROUP = 200;
let pending: TPending[] = [];
let writesInFlight = 0;
let scheduled = false;

/**
 * Stores one Vipps call (already redacted by the client) in the call log; resolves once the
 * statement holding it has committed, as a single INSERT would.
 */
export const recordVippsCall = (record: TVippsCallRecord): Promise<void> =>
  new Promise((resolve, reject) => {
    pending.push({ row: rowOf(record), resolve, reject });
    scheduleWrite();
  });

function scheduleWrite(): void {
  if (scheduled || writesInFlight >= MAX_WRITES_IN_FLIGHT || pending.length === 0) return;
  scheduled = true;
  // setImmediate, not a microtask: calls whose answers arrived in the same I/O phase join the group.
  setImmediate(() => {
    scheduled = false;
    const group = pending.slice(0, MAX_GROUP);
    pending = pending.slice(MAX_GROUP);
    writesInFlight++;
    void writeGroup(group).finally(() => {
      writesInFlight--;
      scheduleWrite();
    });
    scheduleWrite();
  });
}

async function writeGroup(group: TPending[]): Promise<void> {
  try {
    await insert(group.map((p) => p.row));
    for (const p of group) p.resolve();
  } catch (error) {
    if (group.length === 1) return group[0]!.reject(error);
    // One bad row must not lose the others: each alone, each with its own answer.
    await Promise.all(
      group.map((p) =>
        insert([p.row]).then(
          () => p.resolve(),
          (alone: unknown) => p.reject(alone),
        ),
      ),
    );
  }
}

// createdAt is the database's clock in UTC, the way Prisma keeps timestamps. A JSON null body is
// stored as no body (SQL NULL), as Prisma stores an absent one.
async function insert(rows: TRow[]): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "VippsCall" (id, "salesUnitId", "requestId", operation, method, path, "orderId",
      "agreementId", "idempotencyKey", attempt, "requestHeaders", "requestBody", status,
      "responseBody", "problemType", problem, error, "durationMs", "createdAt")
    SELECT id, "salesUnitId", "requestId", operation, method, path, "orderId", "agreementId",
      "idempotencyKey", attempt, "requestHeaders", NULLIF("requestBody", 'null'), status,
      NULLIF("responseBody", 'null'), "problemType", NULLIF(problem, 'null'), error, "durationMs",
      now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, "salesUnitId" text,
      "requestId" text, operation text, method text, path text, "orderId" text, "agreementId" text,
      "idempotencyKey" text, attempt int, "requestHeaders" jsonb, "requestBody" jsonb, status int,
      "responseBody" jsonb, "problemType" text, problem jsonb, error text, "durationMs" int)`;
}

function rowOf(record: TVippsCallRecord) {
  return {
    id: `c${randomBytes(12).toString("hex")}`,
    salesUnitId: record.salesUnitId,
    requestId: record.requestId,
    operation: record.operation,
    method: record.method,
    path: record.path,
    orderId: record.orderId,
    agreementId: record.agreementId,
    idempotencyKey: record.idempotencyKey,
    attempt: record.attempt,
    requestHeaders: record.requestHeaders,
    requestBody: record.requestBody,
    status: record.status,
    responseBody: record.responseBody,
    problemType: record.problem ? (problemIdentifier(record.problem) ?? record.problem.title) : undefined,
    problem: record.problem,
    error: record.error,
    durationMs: record.durationMs,
  };
}
