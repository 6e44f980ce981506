import { describe, expect, it } from "vitest";
import { Clock } from "./clock";

describe("emulator clock", () => {
  it("moves only when told in manual mode", () => {
    let wall = 1000;
    const clock = Clock.fresh("manual", () => wall);
    wall = 5000;
    expect(clock.now()).toBe(1000);
    clock.set({ now: 90_000 });
    expect(clock.now()).toBe(90_000);
  });

  it("follows the wall clock plus an offset in realtime mode", () => {
    let wall = 1000;
    const clock = Clock.fresh("realtime", () => wall);
    clock.set({ now: 11_000 });
    wall = 2000;
    expect(clock.now()).toBe(12_000);
  });

  it("keeps time continuous across a mode change", () => {
    let wall = 1000;
    const clock = Clock.fresh("manual", () => wall);
    clock.set({ now: 50_000 });
    clock.set({ mode: "realtime" });
    expect(clock.now()).toBe(50_000);
    wall = 1500;
    expect(clock.now()).toBe(50_500);
    clock.set({ mode: "manual" });
    wall = 9999;
    expect(clock.now()).toBe(50_500);
  });

  it("pins to a job's instant while due work runs", () => {
    const clock = Clock.fresh("manual", () => 0);
    clock.pin(42);
    expect(clock.now()).toBe(42);
    clock.unpin();
    expect(clock.now()).toBe(0);
  });
});
