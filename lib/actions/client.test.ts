import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { TLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";

// The request around an action, without Next or a database: a signed-in support agent whose
// language is `locale` (the same for their server context and the request).
let locale: TLocale = "nb";
const agent = { id: "u1", email: "agent@example.com", role: "SUPPORT", customerId: null };
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/i18n/server", () => ({ getLocale: async () => locale }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => agent,
  isStaff: (user: { role: string } | null) => user?.role === "SUPPORT" || user?.role === "ADMIN",
}));
vi.mock("@/lib/auth/server-context", () => ({
  contextForUser: async (_user: unknown, userLocale: TLocale) => ({
    actor: { type: "STAFF", id: agent.id, email: agent.email, role: "SUPPORT" },
    merchantId: "m1",
    locale: userLocale,
    now: new Date("2030-01-01T00:00:00Z"),
  }),
}));

const { publicAction, staffAction } = await import("./client");

const refuse = (error: AppError) =>
  staffAction
    .metadata({ name: "test.refuse" })
    .inputSchema(z.object({}))
    .action(async () => {
      throw error;
    });

describe("a refusal from the data layer, as the action returns it", () => {
  beforeEach(() => {
    locale = "nb";
  });

  it("is in the staff member's language, with its values (and a nested message) filled in", async () => {
    const error = new AppError("CONFLICT", "notCancellable", { status: { key: "chargeStatusCHARGED" } });
    expect(error.message).toBe("A charge that is charged cannot be cancelled.");
    const result = await refuse(error)({});
    expect(result.serverError).toEqual({
      code: "CONFLICT",
      message: "Et trekk som er trukket, kan ikke kanselleres.",
    });
  });

  it("is unchanged in English", async () => {
    locale = "en";
    const result = await refuse(new AppError("CONFLICT", "msnTaken", { msn: "123456" }))({});
    expect(result.serverError?.message).toBe("Another shop has connected MSN 123456 already.");
  });

  it("keeps Vipps's own words and field errors; a field that repeats the message is translated too", async () => {
    const late = {
      key: "captureTooLate",
      params: { deadline: "2030-01-15", days: 14, market: "DK" },
    } as const;
    const english = new AppError("BAD_INPUT", late.key, late.params).message;
    const problem = { detail: "Charge is already captured" };
    const result = await refuse(
      new AppError("BAD_INPUT", late.key, late.params, {
        fieldErrors: { amount: english, other: "x" },
        problem,
      }),
    )({});
    const norwegian =
      "For sent å trekke: fristen var 2030-01-15 (14 dager etter reservasjonen i DK), og Vipps MobilePay har frigitt pengene til kunden.";
    expect(result.serverError).toEqual({
      code: "BAD_INPUT",
      message: norwegian,
      fieldErrors: { amount: norwegian, other: "x" },
      problem,
    });
    locale = "da";
    const vipps = await refuse(new AppError("VIPPS_REJECTED", "vippsSaidNo", { detail: "Invalid amount" }))(
      {},
    );
    expect(vipps.serverError?.message).toBe("Vipps MobilePay sagde nej: Invalid amount");
  });

  it("joins a list the language's way", async () => {
    locale = "fi";
    const result = await refuse(
      new AppError("CONFLICT", "connectTestSalesUnitFirst", { markets: ["Norja", "Tanska"] }),
    )({});
    expect(result.serverError?.message).toContain("kohteille Norja ja Tanska");
    expect(
      new AppError("CONFLICT", "connectTestSalesUnitFirst", { markets: ["Norway", "Denmark"] }).message,
    ).toBe("Connect a test sales unit for Norway and Denmark first (Onboarding), or stop selling there.");
  });

  it("uses the request's language where no server context was built, and hides unexpected errors", async () => {
    locale = "fi";
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const crash = publicAction
      .metadata({ name: "test.crash" })
      .inputSchema(z.object({}))
      .action(async () => {
        throw new Error("database on fire");
      });
    const result = await crash({});
    expect(result.serverError).toEqual({
      code: "INTERNAL",
      message: "Meillä meni jokin vikaan. Mitään ei muutettu; yritä uudelleen.",
    });
  });
});
