import { afterEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "./test-support/harness";

// MobilePay becomes Vipps in Denmark and Finland on 12 January 2027 (midnight in Copenhagen):
// DK/FI confirmation URLs stand for pay.mobilepay.* before and pay.vipps.* from then, on the
// emulator's own clock, set to explicit dates so nothing depends on today.

const MSN = { NO: "123456", DK: "223456", FI: "323456" } as const;
let emu: TestEmulator | undefined;

afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function confirmationAt(e: TestEmulator, market: keyof typeof MSN, now: string) {
  await e.control("POST", "/_emulator/clock", { now });
  const client = e.merchant(MSN[market]);
  const { agreementId, vippsConfirmationUrl } = await client.draft();
  const read = (await client.get(`/recurring/v3/agreements/${agreementId}`)).body as {
    vippsConfirmationUrl: string;
  };
  return { drafted: new URL(vippsConfirmationUrl), read: new URL(read.vippsConfirmationUrl) };
}

describe("landing-page domain of MobilePay becoming Vipps", () => {
  it.each([
    ["DK", "pay.mobilepay.dk", "pay.vipps.dk"],
    ["FI", "pay.mobilepay.fi", "pay.vipps.fi"],
  ] as const)("%s switches from %s to %s at 2027-01-11T23:00Z", async (market, before, after) => {
    const e = (emu = await startTestEmulator());
    const early = await confirmationAt(e, market, "2027-01-11T22:59:00Z");
    expect(early.drafted.searchParams.get("landing")).toBe(before);
    expect(early.read.searchParams.get("landing")).toBe(before);

    const late = await confirmationAt(e, market, "2027-01-11T23:00:00Z");
    expect(late.drafted.searchParams.get("landing")).toBe(after);
    // Only the named domain changes: the URL still opens the emulator's own page.
    expect(late.drafted.origin).toBe(early.drafted.origin);
    expect(late.drafted.pathname).toBe(early.drafted.pathname);

    // The landing page still opens, and names the app by the emulator's clock.
    const page = await fetch(late.drafted);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Vipps test environment");
    await e.control("POST", "/_emulator/clock", { now: "2027-01-11T22:00:00Z" });
    expect(await (await fetch(early.drafted)).text()).toContain("MobilePay test environment");
  });

  it("leaves Norwegian URLs without a landing domain on both sides of the date", async () => {
    const e = (emu = await startTestEmulator());
    for (const now of ["2026-12-01T12:00:00Z", "2027-02-01T12:00:00Z"]) {
      const { drafted } = await confirmationAt(e, "NO", now);
      expect(drafted.searchParams.has("landing")).toBe(false);
    }
  });
});
