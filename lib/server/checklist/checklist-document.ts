// The filled go-live checklist as a document model, rendered to the page, Markdown and PDF alike:
// each item of the Vipps Recurring checklist (FACTS §11) with the evidence from Abo's own records,
// in the reader's language (ctx.locale). Codes, ids, URLs and Vipps's own words stay as they are.
import { BRAND_CHANGE_AT, brandOf } from "@/components/brand/brand";
import type { TLocale } from "@/lib/i18n/locales";
import { format, MESSAGES } from "@/lib/i18n/translator";
import type { TChecklistEvidence } from "./get-checklist-evidence";

export type TDocBlock =
  | { kind: "p"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; head: string[]; rows: string[][] };
export type TItemStatus = "Met" | "Missing" | "Not yet";
/** `status` is the code (it picks the badge's colour); `statusText` is what the reader sees. */
export type TDocItem = {
  title: string;
  status: TItemStatus;
  statusText: string;
  requirement: string;
  blocks: TDocBlock[];
};
export type TChecklistDoc = { title: string; meta: string[]; items: TDocItem[] };

type TWords = (typeof MESSAGES)[TLocale]["staffText"]["checklist"];

const STATUS_KEY = { Met: "met", Missing: "missing", "Not yet": "notYet" } as const;

/** An item in the reader's words; only the status is given, its text follows. */
const item = (m: TWords, body: Omit<TDocItem, "statusText">): TDocItem => ({
  ...body,
  statusText: m.status[STATUS_KEY[body.status]],
});

const stamp = (m: TWords, d: Date | string | null | undefined) =>
  d ? format(m.at, { time: new Date(d).toISOString().slice(0, 19).replace("T", " ") }) : m.never;
const met = (ok: boolean, otherwise: TItemStatus = "Missing"): TItemStatus => (ok ? "Met" : otherwise);

export function buildChecklistDocument(ctx: { locale: TLocale }, e: TChecklistEvidence): TChecklistDoc {
  const m = MESSAGES[ctx.locale].staffText.checklist;
  const at = (d: Date | string | null | undefined) => stamp(m, d);
  const none = m.none;
  const run = e.run;
  const required = run?.steps.filter((s) => s.required) ?? [];
  const v = m.verification;
  const items: TDocItem[] = [
    item(m, {
      title: v.title,
      status: met(run?.status === "PASSED", "Not yet"),
      requirement: v.requirement,
      blocks: run
        ? [
            {
              kind: "p",
              text: format(v.run, {
                id: run.id,
                status: run.status,
                started: at(run.startedAt),
                finished: run.finishedAt ? format(v.finished, { time: at(run.finishedAt) }) : "",
                error: run.error ? format(v.error, { error: run.error }) : "",
              }),
            },
            {
              kind: "table",
              head: [
                v.head.step,
                v.head.expected,
                v.head.endState,
                v.head.vippsAgreementId,
                v.head.orderId,
                v.head.result,
              ],
              rows: run.steps.map((s) => {
                // Steps are stored with their English title; a step Abo no longer knows keeps it.
                const title = (v.steps as Record<string, string>)[s.key] ?? s.title;
                return [
                  s.required ? title : format(v.extra, { title }),
                  s.expected,
                  s.endState ?? none,
                  s.vippsAgreementId ?? none,
                  s.orderId ?? none,
                  s.status + (s.detail && s.status !== "DONE" ? `: ${s.detail}` : ""),
                ];
              }),
            },
            ...(required.length ? [] : [{ kind: "p" as const, text: v.noSteps }]),
          ]
        : [
            {
              kind: "p",
              text: format(v.notRun, { button: MESSAGES[ctx.locale].support.checklist.run }),
            },
          ],
    }),
    item(m, {
      title: m.endpoints.title,
      status: met(
        e.endpoints.every((x) => x.ok > 0),
        "Not yet",
      ),
      requirement: m.endpoints.requirement,
      blocks: [
        {
          kind: "table",
          head: [
            m.endpoints.head.endpoint,
            m.endpoints.head.request,
            format(m.endpoints.head.calls, { days: e.windowDays }),
            m.endpoints.head.examples,
            m.endpoints.head.last,
          ],
          rows: e.endpoints.map((x) => [
            m.endpoints.label[x.key],
            x.request,
            `${x.ok} / ${x.failed}`,
            x.examples.join(", ") || none,
            x.last ? `${at(x.last.at)} (${x.last.status})` : none,
          ]),
        },
      ],
    }),
    item(m, {
      title: m.headers.title,
      status: met(
        e.headers.checked > 0 && e.headers.missing === 0,
        e.headers.checked ? "Missing" : "Not yet",
      ),
      requirement: m.headers.requirement,
      blocks: [
        {
          kind: "p",
          text: format(m.headers.carried, {
            carried: e.headers.checked - e.headers.missing,
            checked: e.headers.checked,
          }),
        },
        {
          kind: "list",
          items: e.headers.names.map((h) => `${h}: ${e.headers.sample?.[h] ?? m.headers.notSeen}`),
        },
      ],
    }),
    item(m, {
      title: m.idempotency.title,
      status: met(e.idempotency.writesWithoutKey === 0),
      requirement: m.idempotency.requirement,
      blocks: [
        {
          kind: "p",
          text: format(m.idempotency.text, {
            count: e.idempotency.writesWithoutKey,
            days: e.windowDays,
          }),
        },
      ],
    }),
    item(m, {
      title: m.errors.title,
      status: "Met",
      requirement: m.errors.requirement,
      blocks: [
        { kind: "p", text: m.errors.text },
        e.errors.length
          ? {
              kind: "table",
              head: [
                m.errors.head.time,
                m.errors.head.operation,
                m.errors.head.status,
                m.errors.head.problem,
                m.errors.head.detail,
                m.errors.head.orderId,
              ],
              rows: e.errors.map((x) => [
                at(x.createdAt),
                x.operation,
                x.status === null ? m.errors.noAnswer : String(x.status),
                x.problemType ?? none,
                x.detail ?? none,
                x.orderId ?? none,
              ]),
            }
          : { kind: "p", text: m.errors.none },
      ],
    }),
    item(m, {
      title: m.polling.title,
      status: met((e.calls.GetAgreement ?? 0) > 0, "Not yet"),
      requirement: m.polling.requirement,
      blocks: [
        {
          kind: "p",
          text: format(m.polling.text, {
            agreements: e.calls.GetAgreement ?? 0,
            charges: (e.calls.GetCharge ?? 0) + (e.calls.GetChargeById ?? 0),
            days: e.windowDays,
          }),
        },
      ],
    }),
    webhooksItem(m, e),
    item(m, {
      title: m.selfService.title,
      status: met(Boolean(e.agreementUrl), "Not yet"),
      requirement: m.selfService.requirement,
      blocks: [
        {
          kind: "p",
          text: format(m.selfService.text, {
            url: e.agreementUrl ?? m.selfService.noDraft,
            stops: e.userStops,
          }),
        },
      ],
    }),
    item(m, {
      title: m.terms.title,
      status: met(Boolean(e.merchant.termsUrl) && e.termsAccepted > 0, "Not yet"),
      requirement: m.terms.requirement,
      blocks: [
        {
          kind: "p",
          text: format(m.terms.text, {
            url: e.merchant.termsUrl ?? m.terms.noUrl,
            count: e.termsAccepted,
          }),
        },
      ],
    }),
    item(m, {
      title: m.backOffice.title,
      status: "Met",
      requirement: m.backOffice.requirement,
      blocks: [
        {
          kind: "p",
          text: format(m.backOffice.text, {
            days: e.windowDays,
            capture: e.backOffice["charge.capture"] ?? 0,
            cancel: e.backOffice["charge.cancel"] ?? 0,
            refund: e.backOffice["charge.refund"] ?? 0,
            stop: e.backOffice["agreement.stop"] ?? 0,
          }),
        },
      ],
    }),
    item(m, {
      title: m.chargeTiming.title,
      status: met(e.merchant.chargeLeadDays >= 1 && e.merchant.defaultRetryDays >= 2, "Missing"),
      requirement: m.chargeTiming.requirement,
      blocks: [
        {
          kind: "p",
          text: format(m.chargeTiming.text, {
            lead: e.merchant.chargeLeadDays,
            retry: e.merchant.defaultRetryDays,
          }),
        },
      ],
    }),
    brandingItem(ctx, e.salesUnit.market, new Date(e.generatedAt)),
    item(m, {
      title: m.secrets.title,
      status: "Met",
      requirement: m.secrets.requirement,
      blocks: [{ kind: "p", text: m.secrets.text }],
    }),
  ];
  const environment = e.salesUnit.environment;
  return {
    title: format(m.title, { merchant: e.merchant.name }),
    meta: [
      format(m.salesUnit, {
        name: e.salesUnit.name,
        msn: e.salesUnit.msn,
        market: e.salesUnit.market,
        environment: (m.environment as Record<string, string>)[environment] ?? environment.toLowerCase(),
        baseUrl: e.salesUnit.baseUrl,
      }),
      format(m.generated, { time: at(e.generatedAt) }),
    ],
    items,
  };
}

/** Which app name customers of this sales unit see, by Abo's clock when the checklist was made. */
export function brandingItem(ctx: { locale: TLocale }, market: string, generatedAt: Date): TDocItem {
  const m = MESSAGES[ctx.locale].staffText.checklist;
  const brand = brandOf(market, generatedAt);
  const change =
    market === "NO" ? m.branding.norway : format(m.branding.change, { time: stamp(m, BRAND_CHANGE_AT) });
  return item(m, {
    title: m.branding.title,
    status: "Met",
    requirement: m.branding.requirement,
    blocks: [{ kind: "p", text: format(m.branding.text, { market, brand, change }) }],
  });
}

/** The webhook item: met only when Vipps itself holds Abo's registration (URL and every event). */
function webhooksItem(m: TWords, e: TChecklistEvidence): TDocItem {
  const at = (d: Date | string | null | undefined) => stamp(m, d);
  const w = m.webhooks;
  const check = e.webhooks.atVipps;
  const registration = check.registration;
  return item(m, {
    title: w.title,
    status: check.ok ? "Met" : e.salesUnit.webhookRegisteredAt ? "Missing" : "Not yet",
    requirement: w.requirement,
    blocks: [
      {
        kind: "p",
        text: check.ok
          ? format(w.atVipps, {
              time: at(check.checkedAt),
              id: registration!.id,
              count: registration!.events.length,
              url: registration!.url,
            })
          : // Why it is not met comes from the webhook check, as it reads Vipps's answer.
            format(w.notMet, { time: at(check.checkedAt), problem: check.problem ?? "" }),
      },
      {
        kind: "p",
        text: format(w.record, {
          url: e.salesUnit.webhookUrl ?? w.notRegistered,
          time: at(e.salesUnit.webhookRegisteredAt),
          registrations: check.registrations,
          most: check.mostForOneEvent,
          last: e.webhooks.last
            ? format(w.lastEvent, { type: e.webhooks.last.eventType, time: at(e.webhooks.last.receivedAt) })
            : w.noLastEvent,
        }),
      },
      {
        kind: "list",
        items: e.webhooks.byType.length
          ? e.webhooks.byType.map((x) => `${x.eventType}: ${x.count}`)
          : [w.noEvents],
      },
    ],
  });
}
