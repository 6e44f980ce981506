// The filled go-live checklist as a document model, rendered to the page, Markdown and PDF alike:
// each item of the Vipps Recurring checklist (FACTS §11) with the evidence from Abo's own records.
import { BRAND_CHANGE_AT, brandOf } from "@/components/brand/brand";
import type { TChecklistEvidence } from "./get-checklist-evidence";

export type TDocBlock =
  | { kind: "p"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; head: string[]; rows: string[][] };
export type TItemStatus = "Met" | "Missing" | "Not yet";
export type TDocItem = { title: string; status: TItemStatus; requirement: string; blocks: TDocBlock[] };
export type TChecklistDoc = { title: string; meta: string[]; items: TDocItem[] };

const at = (d: Date | string | null | undefined) =>
  d ? `${new Date(d).toISOString().slice(0, 19).replace("T", " ")} UTC` : "never";
const met = (ok: boolean, otherwise: TItemStatus = "Missing"): TItemStatus => (ok ? "Met" : otherwise);

export function buildChecklistDocument(e: TChecklistEvidence): TChecklistDoc {
  const run = e.run;
  const required = run?.steps.filter((s) => s.required) ?? [];
  const items: TDocItem[] = [
    {
      title: "Test-environment verification",
      status: met(run?.status === "PASSED", "Not yet"),
      requirement:
        "Show agreements ending ACTIVE and STOPPED, and RECURRING charges ending CHARGED and REFUNDED, in the test environment.",
      blocks: run
        ? [
            {
              kind: "p",
              text: `Run ${run.id}: ${run.status}, started ${at(run.startedAt)}${run.finishedAt ? `, finished ${at(run.finishedAt)}` : ""}.${run.error ? ` Error: ${run.error}` : ""}`,
            },
            {
              kind: "table",
              head: ["Step", "Expected", "End state", "Vipps agreement id", "orderId (chargeId)", "Result"],
              rows: run.steps.map((s) => [
                s.title + (s.required ? "" : " (extra)"),
                s.expected,
                s.endState ?? "-",
                s.vippsAgreementId ?? "-",
                s.orderId ?? "-",
                s.status + (s.detail && s.status !== "DONE" ? `: ${s.detail}` : ""),
              ]),
            },
            ...(required.length ? [] : [{ kind: "p" as const, text: "No steps recorded." }]),
          ]
        : [
            {
              kind: "p",
              text: "Not run yet: use “Run the test-environment verification” on the checklist page.",
            },
          ],
    },
    {
      title: "Endpoints",
      status: met(
        e.endpoints.every((x) => x.ok > 0),
        "Not yet",
      ),
      requirement:
        "Create, get, update (incl. stop) agreement; list charges; create, get, cancel, refund and capture charge.",
      blocks: [
        {
          kind: "table",
          head: [
            "Endpoint",
            "Request",
            `Calls OK / failed (${e.windowDays} days)`,
            "Recent orderIds / agreement ids",
            "Last success",
          ],
          rows: e.endpoints.map((x) => [
            x.label,
            x.request,
            `${x.ok} / ${x.failed}`,
            x.examples.join(", ") || "-",
            x.last ? `${at(x.last.at)} (${x.last.status})` : "-",
          ]),
        },
      ],
    },
    {
      title: "Standard headers on every call",
      status: met(
        e.headers.checked > 0 && e.headers.missing === 0,
        e.headers.checked ? "Missing" : "Not yet",
      ),
      requirement:
        "Merchant-Serial-Number and the Vipps-System-Name, -Version, -Plugin-Name and -Plugin-Version headers.",
      blocks: [
        {
          kind: "p",
          text: `${e.headers.checked - e.headers.missing} of the last ${e.headers.checked} calls carried all five headers.`,
        },
        { kind: "list", items: e.headers.names.map((h) => `${h}: ${e.headers.sample?.[h] ?? "(not seen)"}`) },
      ],
    },
    {
      title: "Idempotency-Key on every change",
      status: met(e.idempotency.writesWithoutKey === 0),
      requirement:
        "POST, PATCH and DELETE calls carry an Idempotency-Key, stored before the call and reused on retries.",
      blocks: [
        {
          kind: "p",
          text: `${e.idempotency.writesWithoutKey} changing calls without a key in the last ${e.windowDays} days. Keys are stored with each operation (VippsOperation) and charge before the call is made.`,
        },
      ],
    },
    {
      title: "Error handling and logging",
      status: "Met",
      requirement:
        "Log endpoint, headers, body and full error responses; show errors to customers and staff.",
      blocks: [
        {
          kind: "p",
          text: "Every call is stored with its redacted headers, body, status and Vipps's problem details (VippsCall); staff see them in the support console, as they came.",
        },
        e.errors.length
          ? {
              kind: "table",
              head: ["Time", "Operation", "Status", "Problem", "Detail", "orderId"],
              rows: e.errors.map((x) => [
                at(x.createdAt),
                x.operation,
                String(x.status ?? "no answer"),
                x.problemType ?? "-",
                x.detail ?? "-",
                x.orderId ?? "-",
              ]),
            }
          : { kind: "p", text: "No failed calls recorded in the period." },
      ],
    },
    {
      title: "Polling, never trusting the redirect",
      status: met((e.calls.GetAgreement ?? 0) > 0, "Not yet"),
      requirement:
        "Determine outcomes by polling GET agreement (and charges) as well as webhooks; the redirect may never come.",
      blocks: [
        {
          kind: "p",
          text: `GET agreement called ${e.calls.GetAgreement ?? 0} times and GET charge ${(e.calls.GetCharge ?? 0) + (e.calls.GetChargeById ?? 0)} times in the last ${e.windowDays} days; Abo polls a new agreement from 5 seconds after the redirect, with backoff.`,
        },
      ],
    },
    webhooksItem(e),
    {
      title: "Self-service management at merchantAgreementUrl",
      status: met(Boolean(e.agreementUrl), "Not yet"),
      requirement:
        "Each agreement links to a page where the customer sees and changes or stops their subscription.",
      blocks: [
        {
          kind: "p",
          text: `Last merchantAgreementUrl sent: ${e.agreementUrl ?? "(no agreement drafted yet)"}. User stops handled: ${e.userStops} agreements stopped by the user in the app.`,
        },
      ],
    },
    {
      title: "Terms accepted before the agreement",
      status: met(Boolean(e.merchant.termsUrl) && e.termsAccepted > 0, "Not yet"),
      requirement: "Collect explicit acceptance of the merchant's terms before initiating an agreement.",
      blocks: [
        {
          kind: "p",
          text: `Terms: ${e.merchant.termsUrl ?? "(no terms URL set)"}. ${e.termsAccepted} agreements record the time the terms were accepted.`,
        },
      ],
    },
    {
      title: "Capture, cancel and refund in the back office",
      status: "Met",
      requirement: "Support handles captures, cancellations, refunds and stops without the Vipps portal.",
      blocks: [
        {
          kind: "p",
          text: `Support console actions in the last ${e.windowDays} days (each audited with who, why and the Idempotency-Key): capture ${e.backOffice["charge.capture"] ?? 0}, cancel ${e.backOffice["charge.cancel"] ?? 0}, refund ${e.backOffice["charge.refund"] ?? 0}, stop ${e.backOffice["agreement.stop"] ?? 0}.`,
        },
      ],
    },
    {
      title: "Charges created early, with retry days",
      status: met(e.merchant.chargeLeadDays >= 1 && e.merchant.defaultRetryDays >= 2, "Missing"),
      requirement: "Create charges at least a day ahead (ideally weeks) and give them at least 2 retry days.",
      blocks: [
        {
          kind: "p",
          text: `Charges are planned ${e.merchant.chargeLeadDays} days before they are due, with ${e.merchant.defaultRetryDays} retry days.`,
        },
      ],
    },
    brandingItem(e.salesUnit.market, new Date(e.generatedAt)),
    {
      title: "Secrets on the server, tokens cached",
      status: "Met",
      requirement: "Keep keys server-side, cache access tokens, use test keys in development.",
      blocks: [
        {
          kind: "p",
          text: "Credentials are encrypted at rest and never sent to browsers; access tokens are cached until shortly before they expire; the call log stores headers with credentials and tokens redacted.",
        },
      ],
    },
  ];
  return {
    title: `Vipps MobilePay Recurring API: go-live checklist for ${e.merchant.name}`,
    meta: [
      `Sales unit: ${e.salesUnit.name} (MSN ${e.salesUnit.msn}, ${e.salesUnit.market}, ${e.salesUnit.environment.toLowerCase()} environment, ${e.salesUnit.baseUrl})`,
      `Generated: ${at(e.generatedAt)} from Abo's own records (call log, webhooks, audit log).`,
    ],
    items,
  };
}

/** Which app name customers of this sales unit see, by Abo's clock when the checklist was made. */
export function brandingItem(market: string, generatedAt: Date): TDocItem {
  const brand = brandOf(market, generatedAt);
  const change =
    market === "NO"
      ? "Norway has always shown Vipps."
      : `MobilePay becomes Vipps in Denmark and Finland on 12 January 2027: Abo shows MobilePay until ${at(BRAND_CHANGE_AT)} (midnight in Copenhagen) and Vipps from then, with the blue colour unchanged. Agreements, keys and webhooks are not touched.`;
  return {
    title: "Brand name and buttons follow the market",
    status: "Met",
    requirement:
      "Buttons, texts, emails and receipts name the customer's app (Vipps or MobilePay) in its own colour, as the brand guidelines give it.",
    blocks: [{ kind: "p", text: `This sales unit (${market}) shows ${brand} now. ${change}` }],
  };
}

/** The webhook item: met only when Vipps itself holds Abo's registration (URL and every event). */
function webhooksItem(e: TChecklistEvidence): TDocItem {
  const check = e.webhooks.atVipps;
  const registration = check.registration;
  return {
    title: "Webhooks",
    status: check.ok ? "Met" : e.salesUnit.webhookRegisteredAt ? "Missing" : "Not yet",
    requirement: "Receive the recurring webhooks (HMAC-verified) in addition to polling.",
    blocks: [
      {
        kind: "p",
        text: check.ok
          ? `At Vipps MobilePay (read ${at(check.checkedAt)}): registration ${registration!.id} delivers ${registration!.events.length} events to ${registration!.url}, as Abo expects.`
          : `Not met (read from Vipps MobilePay ${at(check.checkedAt)}): ${check.problem}`,
      },
      {
        kind: "p",
        text: `Abo's record: ${e.salesUnit.webhookUrl ?? "not registered"} (${at(e.salesUnit.webhookRegisteredAt)}). Vipps holds ${check.registrations} registrations for this sales unit, at most ${check.mostForOneEvent} of 25 for one event. Last event received: ${e.webhooks.last ? `${e.webhooks.last.eventType} at ${at(e.webhooks.last.receivedAt)}` : "none"}.`,
      },
      {
        kind: "list",
        items: e.webhooks.byType.length
          ? e.webhooks.byType.map((w) => `${w.eventType}: ${w.count}`)
          : ["No events received in the period."],
      },
    ],
  };
}
