import type { IncomingMessage } from "node:http";
import type { App } from "../app";
import { MAX_AMOUNT, MIN_AMOUNT } from "../domain/money";
import { refusedForAge } from "../domain/user-rules";
import { confirmationPath } from "../domain/views";
import { approvalProblem } from "../engine/approval";
import { html, redirect, type Reply } from "../http/reply";
import { confirmationPage, messagePage } from "./confirmation-page";

/**
 * The landing page behind `vippsConfirmationUrl`. A decision is stored and applied a moment later
 * (asyncDelayMs), and the browser goes to merchantRedirectUrl unchanged, so merchants must poll.
 */
export function handlePage(app: App, req: IncomingMessage, raw: string, url: URL): Reply | null {
  if (url.pathname.replace(/\/$/, "") !== confirmationPath) return null;
  const { store } = app.engine;
  if (req.method === "GET") {
    const agreement = store.agreementByToken.get(url.searchParams.get("token") ?? "");
    if (!agreement)
      return html(
        404,
        messagePage("Link not valid", "This confirmation link is unknown or has been replaced.", null),
      );
    if (agreement.status !== "PENDING" || agreement.pendingDecision)
      return html(
        200,
        messagePage(
          agreement.productName,
          agreement.pendingDecision
            ? "Your answer is being processed."
            : `This agreement is ${agreement.status}; there is nothing to approve.`,
          agreement.merchantRedirectUrl,
        ),
      );
    const initial = agreement.initialChargeId
      ? store.getCharge(agreement.msn, agreement.initialChargeId)
      : undefined;
    return html(200, confirmationPage(agreement, initial, app.engine.now()));
  }
  if (req.method !== "POST")
    return html(405, messagePage("Not allowed", "Use the buttons on the page.", null), {
      allow: "GET, POST",
    });
  const form = new URLSearchParams(raw);
  const agreement = store.agreementByToken.get(form.get("token") ?? "");
  if (!agreement)
    return html(
      404,
      messagePage("Link not valid", "This confirmation link is unknown or has been replaced.", null),
    );
  const decision = form.get("decision");
  const phone = (form.get("phoneNumber") ?? "").replace(/[\s+]/g, "");
  const initial = agreement.initialChargeId
    ? store.getCharge(agreement.msn, agreement.initialChargeId)
    : undefined;
  const again = (status: number, error: string) =>
    html(status, confirmationPage(agreement, initial, app.engine.now(), { error, phone }));
  if (decision !== "approve" && decision !== "reject") return again(400, "Choose Approve or Reject.");
  if (agreement.status !== "PENDING" || agreement.pendingDecision)
    return html(
      409,
      messagePage(
        agreement.productName,
        `This agreement is ${agreement.status}; it can no longer be answered.`,
        agreement.merchantRedirectUrl,
      ),
    );
  if (decision === "approve" && !/^\d{8,15}$/.test(phone))
    return again(400, "Enter the phone number with country code, digits only (e.g. 4712345678).");
  let maxAmount: number | undefined;
  if (decision === "approve" && agreement.pricing.type === "VARIABLE" && form.get("maxAmount")) {
    maxAmount = Number(form.get("maxAmount"));
    if (!Number.isInteger(maxAmount) || maxAmount < MIN_AMOUNT || maxAmount > MAX_AMOUNT)
      return again(400, "The maximum amount must be a whole number of at least 100.");
  }
  if (decision === "approve") {
    const why = approvalProblem(app.engine, agreement, phone);
    if (why) return again(409, why);
    // The app shows an under-18 user why; nothing is stored, so the agreement expires unanswered.
    const user = store.users.get(phone);
    if (user && refusedForAge(user, app.engine.now()))
      return html(
        200,
        messagePage(
          "You cannot sign this agreement",
          `${user.name} is under 18. Users under 18 cannot sign payment agreements; ask a parent or guardian to sign it.`,
          agreement.merchantRedirectUrl,
        ),
      );
  }
  agreement.pendingDecision = { decision, phoneNumber: phone || (agreement.phoneNumber ?? ""), maxAmount };
  store.saveAgreement(agreement);
  app.engine.soon({ kind: "decision", ref: agreement.id });
  return redirect(agreement.merchantRedirectUrl);
}
