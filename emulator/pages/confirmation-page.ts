import { brandAt } from "../domain/brand";
import { DEFAULT_TEST_PHONE } from "../domain/defaults";
import { campaignExplanation, intervalText, priceText } from "../domain/intervals";
import { formatAmount } from "../domain/money";
import type { Agreement, Charge } from "../domain/types";
import { campaignEnd, confirmationPath } from "../domain/views";
import { h, layout, type Safe } from "./html";

function initialChargeText(charge: Charge): string {
  const how =
    charge.transactionType === "DIRECT_CAPTURE"
      ? "paid now"
      : "reserved now, captured when the merchant ships";
  return `${formatAmount(charge.amount, charge.currency)}: ${charge.description} (${how})`;
}

/** The "phone": what the user reviews in the app before approving (FACTS §8 step 3). */
export function confirmationPage(
  a: Agreement,
  initial: Charge | undefined,
  now: number,
  opts: { error?: string; phone?: string } = {},
): string {
  const brand = brandAt(a.countryCode, now);
  const phone = opts.phone ?? a.phoneNumber ?? DEFAULT_TEST_PHONE[a.countryCode] ?? "";
  const rows: Safe[] = [
    h`<dt>Price</dt><dd>${priceText(a)}</dd>`,
    h`<dt>Interval</dt><dd>${intervalText(a.interval)}</dd>`,
  ];
  if (a.campaign)
    rows.push(
      h`<dt>Campaign</dt><dd>${campaignExplanation(a, { ...a.campaign, end: campaignEnd(a, a.campaign) })}</dd>`,
    );
  if (initial) rows.push(h`<dt>Initial charge</dt><dd>${initialChargeText(initial)}</dd>`);
  if (a.scope) rows.push(h`<dt>Shares</dt><dd>${a.scope.split(" ").join(", ")}</dd>`);
  const variable =
    a.pricing.type === "VARIABLE"
      ? h`<label for="maxAmount">Your maximum amount per interval (in øre/cents)</label>
<input id="maxAmount" name="maxAmount" type="number" inputmode="numeric" min="100" value="${a.pricing.suggestedMaxAmount ?? ""}">`
      : h``;
  const body = h`<p class="brand">${brand} test environment (emulator)</p>
<h1>${a.productName}</h1>
${a.productDescription ? h`<p>${a.productDescription}</p>` : h``}
<dl>${rows}</dl>
${opts.error ? h`<p class="error" role="alert">${opts.error}</p>` : h``}
<form method="post" action="${confirmationPath}">
<input type="hidden" name="token" value="${a.confirmationToken}">
<label for="phoneNumber">Phone number</label>
<input id="phoneNumber" name="phoneNumber" type="tel" inputmode="numeric" autocomplete="tel" value="${phone}" required>
${variable}
<div class="actions">
<button class="primary" type="submit" name="decision" value="approve">Approve</button>
<button class="secondary" type="submit" name="decision" value="reject">Reject</button>
</div>
</form>
<p><a href="${a.merchantRedirectUrl}">Abandon: leave without deciding (the agreement expires after 10 minutes)</a></p>`;
  return layout(`${a.productName} – ${brand}`, body);
}

export function messagePage(title: string, message: string, continueUrl: string | null): string {
  return layout(
    title,
    h`<h1>${title}</h1><p class="note" role="status">${message}</p>${continueUrl ? h`<p><a href="${continueUrl}">Return to the merchant</a></p>` : h``}`,
  );
}
