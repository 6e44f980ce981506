import { agreementView } from "../domain/views";
import type { Agreement, AgreementStatus } from "../domain/types";
import { validateForceAccept } from "../domain/validation/charges";
import { validateDraftAgreement } from "../domain/validation/draft-agreement";
import { validatePatchAgreement } from "../domain/validation/patch-agreement";
import { draftAgreement, patchAgreement, stopAgreement } from "../engine/agreement-ops";
import { approvalProblem, approveAgreement } from "../engine/approval";
import { empty, json, notFound, problem, type Reply } from "../http/reply";
import { CONTINUATION_PROBLEM, continuationOffset, issueContinuation } from "./continuation";
import { validationReply, violationReply, type OpContext } from "./operation";

const STATUSES: readonly AgreementStatus[] = ["PENDING", "ACTIVE", "STOPPED", "EXPIRED"];
const DEFAULT_PAGE_SIZE = 500;

export function findAgreement(ctx: OpContext): Agreement | undefined {
  const agreement = ctx.app.engine.store.agreements.get(ctx.params.agreementId ?? "");
  return agreement && agreement.msn === ctx.merchant.msn ? agreement : undefined;
}

const agreementNotFound = (ctx: OpContext) => notFound(ctx.problem, "Agreement not found.");

function positiveInt(
  value: string | null,
  name: string,
  max: number,
  errors: { name: string; reason: string }[],
): number | undefined {
  if (value === null) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    errors.push({ name, reason: `must be an integer between 1 and ${max}` });
    return undefined;
  }
  return Number(value);
}

/**
 * GET /agreements: one status per call (default ACTIVE), `createdAfter` in epoch ms, and either
 * pageNumber/pageSize [SDK24] or the older Continuation-Token header [S23].
 */
export function listAgreements(ctx: OpContext): Reply {
  const errors: { name: string; reason: string }[] = [];
  const status = ctx.query.get("status") ?? "ACTIVE";
  if (!(STATUSES as readonly string[]).includes(status))
    errors.push({ name: "status", reason: `must be one of ${STATUSES.join(", ")}` });
  const createdAfterRaw = ctx.query.get("createdAfter");
  if (createdAfterRaw !== null && !/^\d{1,16}$/.test(createdAfterRaw))
    errors.push({ name: "createdAfter", reason: "must be a timestamp in epoch milliseconds" });
  const pageNumber = positiveInt(ctx.query.get("pageNumber"), "pageNumber", 1_000_000, errors);
  const pageSize = positiveInt(ctx.query.get("pageSize"), "pageSize", 2000, errors);
  if (errors.length > 0) return validationReply(ctx, errors);
  const createdAfter = createdAfterRaw === null ? -Infinity : Number(createdAfterRaw);
  const size = pageSize ?? DEFAULT_PAGE_SIZE;
  const queryKey = `${ctx.merchant.msn}|${status}|${createdAfterRaw ?? ""}|${size}`;
  let offset = ((pageNumber ?? 1) - 1) * size;
  if (pageNumber === undefined) {
    const continued = continuationOffset(ctx.headers["continuation-token"], queryKey);
    if (continued === null) return validationReply(ctx, [CONTINUATION_PROBLEM]);
    offset = continued;
  }
  const all = ctx.app.engine.store.agreementsByMsn.get(ctx.merchant.msn) ?? [];
  const page: Record<string, unknown>[] = [];
  let matched = 0;
  let more = false;
  for (const a of all) {
    if (a.status !== status || a.created <= createdAfter) continue;
    if (matched++ < offset) continue;
    if (page.length === size) {
      more = true;
      break;
    }
    page.push(agreementView(a, ctx.app.publicUrl, ctx.app.engine.now()));
  }
  const headers: Record<string, string> = {};
  if (more && pageNumber === undefined)
    headers["Continuation-Token"] = issueContinuation(queryKey, offset + size);
  return json(200, page, headers);
}

export function draft(ctx: OpContext): Reply {
  const { engine } = ctx.app;
  const result = validateDraftAgreement(ctx.body, ctx.merchant, engine.now());
  if (!result.ok) return validationReply(ctx, result.errors, result.problem);
  if (result.value.skipLandingPage && !ctx.merchant.skipLandingPage)
    return problem(ctx.problem, 403, "not-authorized", "skipLandingPage is not enabled for this sales unit", [
      { name: "skipLandingPage", reason: "the sales unit is not allow-listed for skipLandingPage" },
    ]);
  const created = draftAgreement(engine, ctx.merchant, result.value, ctx.idempotencyKey);
  if ("problem" in created) return violationReply(ctx, created);
  const view = agreementView(created.agreement, ctx.app.publicUrl, engine.now());
  return json(201, {
    agreementId: created.agreement.id,
    uuid: created.agreement.uuid,
    vippsConfirmationUrl: view.vippsConfirmationUrl,
    chargeId: created.initialCharge?.id ?? null,
  });
}

export function getAgreement(ctx: OpContext): Reply {
  const agreement = findAgreement(ctx);
  return agreement
    ? json(200, agreementView(agreement, ctx.app.publicUrl, ctx.app.engine.now()))
    : agreementNotFound(ctx);
}

export function updateAgreement(ctx: OpContext): Reply {
  const agreement = findAgreement(ctx);
  if (!agreement) return agreementNotFound(ctx);
  const result = validatePatchAgreement(ctx.body, agreement);
  if (!result.ok) return validationReply(ctx, result.errors, result.problem);
  if (agreement.status !== "ACTIVE")
    return problem(
      ctx.problem,
      400,
      "illegal-agreement-update",
      `Cannot update an agreement with status ${agreement.status}`,
    );
  if (result.value.stop) stopAgreement(ctx.app.engine, agreement, "MERCHANT", ctx.idempotencyKey);
  else patchAgreement(ctx.app.engine, agreement, result.value);
  return empty(204);
}

/**
 * PATCH /accept (test only): stands in for the user's approval, synchronously. The outcome is what
 * that user's approval would give (an expired card expires it; an under-18 user is refused, so it
 * stays PENDING and expires), and the response is 204 either way, like an approval in the app that
 * the merchant learns about by polling.
 */
export function forceAccept(ctx: OpContext): Reply {
  const agreement = findAgreement(ctx);
  if (!agreement) return agreementNotFound(ctx);
  const result = validateForceAccept(ctx.body);
  if (!result.ok) return validationReply(ctx, result.errors);
  const why = approvalProblem(ctx.app.engine, agreement, result.value.phoneNumber);
  if (why) return problem(ctx.problem, 400, "operation-failed", why);
  approveAgreement(ctx.app.engine, agreement, result.value.phoneNumber);
  return empty(204);
}
