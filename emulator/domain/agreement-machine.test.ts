import { describe, expect, it } from "vitest";
import { makeAgreement, T0 } from "../test-support/fixtures";
import { activate, AGREEMENT_TRANSITIONS, expire, reject, stop, TransitionError } from "./agreement-machine";
import type { AgreementStatus } from "./types";

const ALL: AgreementStatus[] = ["PENDING", "ACTIVE", "STOPPED", "EXPIRED"];

describe("agreement state machine (FACTS §5.2)", () => {
  it("allows exactly the documented transitions", () => {
    expect(AGREEMENT_TRANSITIONS).toEqual({
      PENDING: ["ACTIVE", "STOPPED", "EXPIRED"],
      ACTIVE: ["STOPPED"],
      STOPPED: [],
      EXPIRED: [],
    });
  });

  it("PENDING → ACTIVE on approval, recording start, user and consent", () => {
    const a = makeAgreement({ scope: "name email" });
    activate(a, T0 + 1000, "4712345678", "sub-1");
    expect(a).toMatchObject({
      status: "ACTIVE",
      start: T0 + 1000,
      userPhoneNumber: "4712345678",
      sub: "sub-1",
      consentAt: T0 + 1000,
    });
  });

  it("does not hand out a sub without a scope", () => {
    const a = makeAgreement();
    activate(a, T0, "4712345678", "sub-1");
    expect(a.sub).toBeNull();
  });

  it("PENDING → STOPPED when the user rejects", () => {
    const a = makeAgreement();
    reject(a, T0 + 5);
    expect(a).toMatchObject({ status: "STOPPED", stop: T0 + 5, stopActor: null });
  });

  it("PENDING → EXPIRED after the pending window or a failed initial charge", () => {
    const a = makeAgreement();
    expire(a, T0 + 600_000);
    expect(a).toMatchObject({ status: "EXPIRED", stop: T0 + 600_000 });
  });

  it.each(["MERCHANT", "USER", "ADMIN"] as const)("ACTIVE → STOPPED with actor %s", (actor) => {
    const a = makeAgreement({ status: "ACTIVE", start: T0 });
    stop(a, T0 + 10, actor);
    expect(a).toMatchObject({ status: "STOPPED", stop: T0 + 10, stopActor: actor });
  });

  it("treats STOPPED and EXPIRED as final", () => {
    for (const from of ["STOPPED", "EXPIRED"] as const) {
      expect(() => activate(makeAgreement({ status: from }), T0, "4712345678", null)).toThrow(
        TransitionError,
      );
      expect(() => stop(makeAgreement({ status: from }), T0, "MERCHANT")).toThrow(TransitionError);
      expect(() => expire(makeAgreement({ status: from }), T0)).toThrow(TransitionError);
      expect(() => reject(makeAgreement({ status: from }), T0)).toThrow(TransitionError);
    }
  });

  it("cannot reactivate, reject or expire an ACTIVE agreement, nor stop a PENDING one", () => {
    expect(() => activate(makeAgreement({ status: "ACTIVE" }), T0, "4712345678", null)).toThrow(
      TransitionError,
    );
    expect(() => reject(makeAgreement({ status: "ACTIVE" }), T0)).toThrow(TransitionError);
    expect(() => expire(makeAgreement({ status: "ACTIVE" }), T0)).toThrow(TransitionError);
    expect(() => stop(makeAgreement({ status: "PENDING" }), T0, "MERCHANT")).toThrow(TransitionError);
  });

  it("has no PAUSED or other state", () => {
    expect(Object.keys(AGREEMENT_TRANSITIONS).sort()).toEqual([...ALL].sort());
  });
});
