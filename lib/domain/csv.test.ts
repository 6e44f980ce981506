import { describe, expect, it } from "vitest";
import { recordsToCsv, toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes text, defuses formulas and keeps numbers plain", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", -5],
          ["=SUM(A1)", null],
          ['say "hi"', 1.5],
        ],
      ),
    ).toBe('a,b\r\n"x,y",-5\r\n\'=SUM(A1),\r\n"say ""hi""",1.5\r\n');
  });
});

describe("recordsToCsv", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    const csv = recordsToCsv(
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
