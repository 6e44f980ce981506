import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueIn, startTestEmulator, type TestEmulator } from "./test-support/harness";

// Property-based fuzzing of every endpoint: whatever the body, headers, ids or query, the emulator
// answers with a 2xx/3xx/4xx and never a 500 (fault injection is off).

let emu: TestEmulator;
let agreementId: string;
let chargeId: string;
let token: string;

beforeAll(async () => {
  emu = await startTestEmulator();
  agreementId = await emu.vipps.activeAgreement({
    initialCharge: { amount: 10_000, description: "Box", transactionType: "RESERVE_CAPTURE" },
  });
  chargeId = (
    (await emu.vipps.get(`/recurring/v3/agreements/${agreementId}/charges`)).body as { id: string }[]
  )[0]!.id;
  token = await emu.vipps.accessToken();
});
afterAll(async () => {
  await emu?.close();
});

const ENDPOINTS: [method: string, path: (ids: Ids) => string][] = [
  ["POST", () => "/accesstoken/get"],
  ["GET", (i) => `/recurring/v3/agreements${i.query}`],
  ["POST", () => "/recurring/v3/agreements"],
  ["POST", () => "/recurring/v3/agreements/charges"],
  ["GET", (i) => `/recurring/v3/agreements/${i.agreement}`],
  ["PATCH", (i) => `/recurring/v3/agreements/${i.agreement}`],
  ["PATCH", (i) => `/recurring/v3/agreements/${i.agreement}/accept`],
  ["GET", (i) => `/recurring/v3/agreements/${i.agreement}/charges${i.query}`],
  ["POST", (i) => `/recurring/v3/agreements/${i.agreement}/charges`],
  ["GET", (i) => `/recurring/v3/agreements/${i.agreement}/charges/${i.charge}`],
  ["DELETE", (i) => `/recurring/v3/agreements/${i.agreement}/charges/${i.charge}`],
  ["POST", (i) => `/recurring/v3/agreements/${i.agreement}/charges/${i.charge}/capture`],
  ["POST", (i) => `/recurring/v3/agreements/${i.agreement}/charges/${i.charge}/refund`],
  ["GET", (i) => `/recurring/v3/charges/${i.charge}`],
  ["GET", () => "/webhooks/v1/webhooks"],
  ["POST", () => "/webhooks/v1/webhooks"],
  ["DELETE", (i) => `/webhooks/v1/webhooks/${i.agreement}`],
  ["GET", (i) => `/vipps-userinfo-api/userinfo/${i.agreement}`],
  ["GET", (i) => `/dwo-api-application/v1/deeplink/vippsgateway${i.query}`],
  ["POST", () => "/dwo-api-application/v1/deeplink/vippsgateway"],
];

type Ids = { agreement: string; charge: string; query: string };

const segment = fc.oneof(
  fc.constantFrom("agr_XXXXXXX", "charges", "%20", "%E0%A4%A", "..", "chr-1", "a%2Fb", ""),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);
const query = fc.oneof(
  fc.constant(""),
  fc
    .dictionary(
      fc.constantFrom("status", "createdAfter", "pageNumber", "pageSize", "token", "v"),
      fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String)),
    )
    .map((d) => `?${new URLSearchParams(d).toString()}`),
);

const amountish = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.string({ maxLength: 5 }),
  fc.constant(null),
);
const bodyObject = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      pricing: fc.oneof(
        fc.jsonValue(),
        fc.record(
          {
            type: fc.constantFrom("LEGACY", "VARIABLE", "FLEXIBLE", "X"),
            amount: amountish,
            suggestedMaxAmount: amountish,
            currency: fc.constantFrom("NOK", "DKK", "x"),
          },
          { requiredKeys: [] },
        ),
      ),
      interval: fc.oneof(
        fc.jsonValue(),
        fc.record(
          {
            unit: fc.constantFrom("MONTH", "DAY", "x"),
            count: amountish,
            type: fc.constantFrom("RECURRING", "FLEXIBLE"),
            period: fc.jsonValue(),
          },
          { requiredKeys: [] },
        ),
      ),
      productName: fc.oneof(fc.string(), fc.jsonValue()),
      merchantRedirectUrl: fc.oneof(fc.webUrl(), fc.string()),
      merchantAgreementUrl: fc.oneof(fc.webUrl(), fc.string()),
      campaign: fc.oneof(
        fc.jsonValue(),
        fc.record(
          {
            type: fc.constantFrom(
              "PRICE_CAMPAIGN",
              "PERIOD_CAMPAIGN",
              "EVENT_CAMPAIGN",
              "FULL_FLEX_CAMPAIGN",
            ),
            price: amountish,
            end: fc.oneof(
              fc.string(),
              fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            ),
            period: fc.jsonValue(),
            interval: fc.jsonValue(),
            eventDate: fc.string(),
            eventText: fc.string(),
          },
          { requiredKeys: [] },
        ),
      ),
      initialCharge: fc.oneof(
        fc.jsonValue(),
        fc.record(
          {
            amount: amountish,
            description: fc.string(),
            transactionType: fc.constantFrom("DIRECT_CAPTURE", "RESERVE_CAPTURE", "X"),
            orderId: fc.string(),
          },
          { requiredKeys: [] },
        ),
      ),
      amount: amountish,
      transactionType: fc.constantFrom("DIRECT_CAPTURE", "RESERVE_CAPTURE", "X"),
      description: fc.string({ maxLength: 60 }),
      due: fc.oneof(
        fc.constant(dueIn(3)),
        fc.string({ maxLength: 12 }),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      ),
      retryDays: amountish,
      type: fc.constantFrom("RECURRING", "UNSCHEDULED", "INITIAL", "X"),
      processingMode: fc.constantFrom("MULTIPLE_ATTEMPTS", "SINGLE_ATTEMPT", "X"),
      orderId: fc.string({ maxLength: 60 }),
      externalId: fc.oneof(fc.string({ maxLength: 70 }), fc.jsonValue()),
      status: fc.constantFrom("STOPPED", "ACTIVE", "x"),
      phoneNumber: fc.oneof(fc.constant("4712345678"), fc.string({ maxLength: 16 })),
      scope: fc.string(),
      url: fc.oneof(fc.webUrl(), fc.string()),
      events: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
      agreementId: fc.oneof(fc.constant("AGR"), fc.string()),
    },
    { requiredKeys: [] },
  ),
);
const body = fc.oneof(
  bodyObject.map((b) => JSON.stringify(b).replace('"AGR"', JSON.stringify("agr_XXXXXXX"))),
  fc.array(bodyObject, { maxLength: 3 }).map((b) => JSON.stringify(b)),
  fc.string({ maxLength: 200 }),
  fc.constant(""),
  fc.constant("[]"),
  fc.constant('{"a":'),
);
const headers = fc.record({
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    undefined,
  ),
  idempotencyKey: fc.option(fc.string({ maxLength: 45 }), { nil: undefined }),
  auth: fc.constantFrom("good", "none", "garbage", "no-key"),
  msn: fc.constantFrom(undefined, "123456", "999", "abc"),
});

describe("fuzz: no endpoint ever answers 500", () => {
  it.each(
    ENDPOINTS.map(
      ([m, p], i) =>
        [`${m} ${p({ agreement: "{agreementId}", charge: "{chargeId}", query: "" })}`, i] as const,
    ),
  )("%s", async (_label, index) => {
    const [method, path] = ENDPOINTS[index]!;
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        segment,
        segment,
        query,
        body,
        headers,
        async (realIds, agr, chr, q, payload, h) => {
          const ids = { agreement: realIds ? agreementId : agr, charge: realIds ? chargeId : chr, query: q };
          const hs: Record<string, string> = {};
          if (h.contentType) hs["Content-Type"] = h.contentType;
          if (h.idempotencyKey !== undefined)
            hs["Idempotency-Key"] = h.idempotencyKey.replace(/[^\x20-\x7e]/g, "x");
          if (h.auth !== "none") hs.Authorization = h.auth === "good" ? `Bearer ${token}` : "Bearer garbage";
          if (h.auth !== "no-key") hs["Ocp-Apim-Subscription-Key"] = "abo-test-subscription-key";
          if (h.msn) hs["Merchant-Serial-Number"] = h.msn;
          if (method === "POST" && path(ids) === "/accesstoken/get")
            Object.assign(hs, {
              client_id: "abo-test-client",
              client_secret: h.auth === "good" ? "abo-test-secret" : "x",
            });
          const res = await fetch(`${emu.url}${path(ids)}`, {
            method,
            headers: hs,
            body: method === "GET" ? undefined : payload,
            redirect: "manual",
          });
          const text = await res.text();
          expect(
            res.status,
            `${method} ${path(ids)} ${payload.slice(0, 100)} → ${text.slice(0, 200)}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("control API endpoints never answer 500 either", async () => {
    const controls: [string, string][] = [
      ["POST", "/_emulator/clock"],
      ["POST", "/_emulator/clock/advance"],
      ["POST", "/_emulator/faults"],
      ["POST", "/_emulator/rate-limits"],
      ["POST", "/_emulator/settings"],
      ["POST", "/_emulator/merchants"],
      ["POST", "/_emulator/users"],
      ["POST", `/_emulator/agreements/AGR/approve`],
      ["POST", `/_emulator/agreements/AGR/max-amount`],
      ["POST", "/_emulator/charges/CHR/portal-refund"],
      ["GET", "/_emulator/requests?limit=x"],
      ["GET", "/_emulator/agreements?limit=-1"],
    ];
    const controlBody = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            days: amountish,
            hours: amountish,
            mode: fc.constantFrom("manual", "realtime", "x"),
            now: fc.oneof(fc.string(), fc.integer()),
            rate5xx: amountish,
            pathPattern: fc.oneof(fc.string(), fc.constant("(")),
            enabled: fc.jsonValue(),
            leadDays: amountish,
            msn: fc.string(),
            market: fc.constantFrom("NO", "SE"),
            phoneNumber: fc.string(),
            outcome: fc.string(),
            maxAmount: amountish,
            amount: amountish,
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...controls), controlBody, async ([method, p], payload) => {
        // Keep the clock and faults usable for the rest of the run.
        const safe =
          p.includes("faults") || p.includes("clock")
            ? payload.replace(/"(rate5xx|rate429|rateTimeout|days|hours|now|mode)"/g, '"ignored"')
            : payload;
        const path = p.replace("AGR", agreementId).replace("CHR", chargeId);
        const res = await fetch(`${emu.url}${path}`, {
          method,
          headers: { "Content-Type": "application/json" },
          body: method === "GET" ? undefined : safe,
        });
        expect(
          res.status,
          `${method} ${path} ${safe.slice(0, 100)} → ${(await res.text()).slice(0, 200)}`,
        ).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    await emu.control("DELETE", "/_emulator/faults");
  });
});
