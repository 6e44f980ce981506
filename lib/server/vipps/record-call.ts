import "server-only";
import { db } from "@/lib/db";
import type { TVippsCallRecord } from "@/lib/vipps/http";
import { problemIdentifier } from "@/lib/vipps/errors";

const json = (value: unknown) => (value === undefined ? undefined : (value as object));

/** Stores one Vipps call (already redacted by the client) in the call log. */
export const recordVippsCall = async (record: TVippsCallRecord): Promise<void> => {
  await db.vippsCall.create({
    data: {
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
      requestBody: json(record.requestBody),
      status: record.status,
      responseBody: json(record.responseBody),
      problemType: record.problem ? (problemIdentifier(record.problem) ?? record.problem.title) : undefined,
      problem: json(record.problem),
      error: record.error,
      durationMs: record.durationMs,
    },
  });
};
