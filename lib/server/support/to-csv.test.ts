import { describe, expect, it } from "vitest";
import { toCsv } from "./to-csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    const csv = toCsv(
      [
        { key: "a", label: "Order id" },
        { key: "b", label: "Detail" },
      ],
      [{ a: "abo-1", b: 'said "no", twice\nreally' }, { a: "=HYPERLINK(1)", b: "-5" }, { a: "x" }],
    );
    expect(csv).toBe(
      'Order id,Detail\r\nabo-1,"said ""no"", twice\nreally"\r\n\'=HYPERLINK(1),\'-5\r\nx,\r\n',
    );
  });
});
