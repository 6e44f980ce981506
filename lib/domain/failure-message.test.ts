import { describe, expect, it } from "vitest";
import { failureMessage } from "./failure-message";

describe("failureMessage", () => {
  it("keeps a thrown error's message and drops its stack", () => {
    const error = new Error("Agreement agr-1 was not found.");
    const stored = JSON.parse(
      JSON.stringify({ name: error.name, message: error.message, stack: error.stack }),
    );
    expect(failureMessage(stored)).toBe("Agreement agr-1 was not found.");
  });

  it("reads what pg-boss wraps in { value } and says so when nothing was recorded", () => {
    expect(failureMessage({ value: "handler timed out" })).toBe("handler timed out");
    expect(failureMessage({ value: { message: "  worker stopped  " } })).toBe("worker stopped");
    expect(failureMessage({ code: 42 })).toBe('{"code":42}');
    expect(failureMessage(null)).toBe("No error was recorded.");
    expect(failureMessage({ message: "" })).toBe("No error was recorded.");
  });

  it("cuts a very long message to 500 characters", () => {
    const message = failureMessage({ message: "x".repeat(2_000) });
    expect(message).toHaveLength(500);
    expect(message.endsWith("…")).toBe(true);
  });
});
