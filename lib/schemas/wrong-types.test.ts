// Found by the bad-input sweep (e2e/bad-input-sweep.spec.ts): numbers of the wrong type were taken
// (z.coerce.number reads true as 1, null and [] as 0), and amounts past what an integer column
// holds passed the schema and failed in the write.
import { describe, expect, it } from "vitest";
import { ZChangeAmountInput } from "./account";
import { ZPoliciesInput } from "./admin";
import { ZCreateChargeInput, ZUpdateAgreementInput } from "./support";

const policies = {
  chargeLeadDays: "3",
  defaultRetryDays: "0",
  captureWarningDays: "2",
  dunningEmailEnabled: false,
  dunningStopAfterFailures: "",
  refundAdminThreshold: "1000",
  stopRequiresAdmin: false,
};
const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.path.join("."));

describe("whole numbers typed into a form", () => {
  it("are read from text and numbers", () => {
    const parsed = ZPoliciesInput.parse(policies);
    expect(parsed).toMatchObject({ chargeLeadDays: 3, defaultRetryDays: 0, dunningStopAfterFailures: null });
    expect(ZPoliciesInput.parse({ ...policies, chargeLeadDays: 5 }).chargeLeadDays).toBe(5);
  });

  it("refuse true, null, lists and empty text instead of reading them as 1 or 0", () => {
    for (const value of [true, null, [], {}, "", "abc"])
      expect(
        issuesOf(ZPoliciesInput.safeParse({ ...policies, defaultRetryDays: value })),
        String(value),
      ).toEqual(["defaultRetryDays"]);
    const charge = {
      agreementId: "a1",
      type: "RECURRING",
      amount: "10",
      description: "Box",
      due: "2030-01-01",
      reason: "Asked by phone",
    };
    expect(ZCreateChargeInput.safeParse({ ...charge, retryDays: "2" }).success).toBe(true);
    for (const value of [null, true, []])
      expect(issuesOf(ZCreateChargeInput.safeParse({ ...charge, retryDays: value }))).toContain("retryDays");
    const update = { agreementId: "a1", reason: "Asked by phone" };
    expect(ZUpdateAgreementInput.parse({ ...update, intervalCount: "" }).intervalCount).toBeUndefined();
    expect(issuesOf(ZUpdateAgreementInput.safeParse({ ...update, intervalCount: true }))).toEqual([
      "intervalCount",
    ]);
  });
});

describe("amounts", () => {
  it("above what an amount column holds are refused at the field", () => {
    expect(
      issuesOf(ZPoliciesInput.safeParse({ ...policies, refundAdminThreshold: "1000000000000" })),
    ).toEqual(["refundAdminThreshold"]);
    expect(
      ZPoliciesInput.parse({ ...policies, refundAdminThreshold: "21474836,47" }).refundAdminThreshold,
    ).toBe(2_147_483_647);
    const charge = { agreementId: "a1", type: "UNSCHEDULED", description: "Box", reason: "Asked by phone" };
    expect(issuesOf(ZCreateChargeInput.safeParse({ ...charge, amount: "21474836,48" }))).toEqual(["amount"]);
    expect(ZChangeAmountInput.safeParse({ agreementId: "a1", amount: "99999999" }).success).toBe(false);
  });
});
