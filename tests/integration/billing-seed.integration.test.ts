// The demo data `npm start` loads (prisma/seed): every agreement and charge state, made through the
// real flows against the emulator. Whatever today is (CI also runs this file under pinned dates), the
// seed ends with charges in every state, tomorrow's periods DUE among them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/demo";
import { emulator } from "../factories";

describe("demo seed", () => {
  it("leaves customers with agreements and charges in every state, Kari with history", async () => {
    const result = await seedDemo();
    expect(result.summary).not.toContain("no activity");

    const agreements = await db.agreement.findMany({ include: { customer: true } });
    const states = new Set(agreements.map((a) => `${a.status}:${a.stopActor ?? ""}`));
    for (const state of ["PENDING:", "ACTIVE:", "STOPPED:MERCHANT", "STOPPED:USER", "EXPIRED:"])
      expect(states).toContain(state);
    const charges = new Set((await db.charge.findMany({ select: { status: true } })).map((c) => c.status));
    for (const status of [
      "DUE",
      "CHARGED",
      "FAILED",
      "RESERVED",
      "PARTIALLY_CAPTURED",
      "CANCELLED",
      "PARTIALLY_REFUNDED",
      "REFUNDED",
    ] as const)
      expect(charges).toContain(status);

    const kari = agreements.filter((a) => a.customer?.email === "kari@example.no");
    expect(kari.filter((a) => a.status === "ACTIVE").length).toBeGreaterThanOrEqual(2);
    for (const a of kari)
      expect(
        await db.charge.count({
          where: {
            agreementId: a.id,
            status: { in: ["CHARGED", "PARTIALLY_REFUNDED", "REFUNDED", "PARTIALLY_CAPTURED", "RESERVED"] },
          },
        }),
      ).toBeGreaterThanOrEqual(2);
    // Abo and the emulator agree, and the emulator's clock is back at today.
    for (const a of agreements.filter((x) => x.vippsAgreementId))
      expect((await emulator.agreement(a.vippsAgreementId!)).status).toBe(a.status);
    expect(Math.abs(new Date((await emulator.clock()).now).getTime() - Date.now())).toBeLessThan(60_000);
    // Seeding twice does nothing.
    expect((await seedDemo()).created).toBe(false);
  });
});
