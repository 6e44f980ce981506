import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ZCancelChargeInput,
  ZCaptureChargeInput,
  ZCreateChargeInput,
  ZRefundChargeInput,
  ZStopAgreementInput,
  ZUpdateAgreementInput,
} from "@/lib/schemas/support";
import { MESSAGES } from "./translator";

// The support forms show a schema's field error by looking its key up in staffText.fieldErrors (in the
// staff member's language); a sentence written in the schema would reach a Norwegian page in English.
const BAD: [z.ZodType, Record<string, unknown>][] = [
  [ZCaptureChargeInput, { chargeId: "c", amount: "", reason: "" }],
  [ZCaptureChargeInput, { chargeId: "c", amount: "-5", reason: "ab" }],
  [ZCaptureChargeInput, { chargeId: "c", amount: "1.234", reason: "x".repeat(501) }],
  [ZCaptureChargeInput, { chargeId: "c", amount: "0", reason: "a\u0000bc" }],
  [ZCaptureChargeInput, { chargeId: "c", amount: "99999999999999", reason: "fine" }],
  [ZCancelChargeInput, { chargeId: "c" }],
  [ZStopAgreementInput, { agreementId: "a", reason: " " }],
  [ZRefundChargeInput, { chargeId: "c", amount: "1", description: "", reasonCode: "NOPE" }],
  [
    ZRefundChargeInput,
    { chargeId: "c", amount: "1", description: "x".repeat(101), reasonCode: "OTHER", reasonDetails: "" },
  ],
  [ZRefundChargeInput, { chargeId: "c", amount: "1", description: "d", reasonDetails: "x".repeat(401) }],
  [ZUpdateAgreementInput, { agreementId: "a", productName: "x".repeat(46), intervalCount: "0", reason: "" }],
  [ZUpdateAgreementInput, { agreementId: "a", productDescription: "x".repeat(101), intervalCount: "1.5" }],
  [ZUpdateAgreementInput, { agreementId: "a", intervalCount: "32", reason: "why" }],
  [ZCreateChargeInput, { agreementId: "a", type: "X", amount: "1", description: "", reason: "why" }],
  [
    ZCreateChargeInput,
    { agreementId: "a", type: "RECURRING", amount: "1", description: "x".repeat(46), retryDays: "15" },
  ],
  [ZCreateChargeInput, { agreementId: "a", type: "RECURRING", amount: "1", description: "d", reason: "why" }],
];

describe("support field errors", () => {
  it("are keys of staffText.fieldErrors, in every language", () => {
    const messages = BAD.flatMap(([schema, input]) => {
      const parsed = schema.safeParse(input);
      expect(parsed.success).toBe(false);
      return parsed.error!.issues.filter((i) => i.path[0] !== "chargeId").map((i) => i.message);
    });
    expect(new Set(messages).size).toBeGreaterThan(15);
    for (const m of Object.values(MESSAGES))
      expect(messages.filter((message) => !(message in m.staffText.fieldErrors))).toEqual([]);
  });
});
