import { describe, expect, it } from "vitest";
import { escapeLike, searchTerms } from "./search-terms";

describe("searchTerms", () => {
  it("reads phone numbers with or without the country code, spaces and dashes", () => {
    expect(searchTerms("+47 900 00 001").phones).toEqual(["4790000001"]);
    expect(searchTerms("0047 90000001").phones).toEqual(["4790000001"]);
    expect(searchTerms("900 00 001").phones).toEqual(["90000001", "4790000001", "4590000001"]);
    expect(searchTerms("4790000001")).toMatchObject({
      phones: ["4790000001"],
      phoneDigits: "4790000001",
      token: "4790000001",
    });
    expect(searchTerms("040-123 4567").phones).toContain("358401234567");
    expect(searchTerms("(+47) 900-00-001").phones).toEqual(["4790000001"]);
  });

  it("takes an email exactly and as a fragment, lower-cased", () => {
    expect(searchTerms(" Kari@Example.NO ")).toMatchObject({
      email: "kari@example.no",
      emailFragment: "%kari@example.no%",
      phones: [],
    });
  });

  it("splits names into words of three or more characters", () => {
    expect(searchTerms("Kari  Nordmann 12")).toMatchObject({
      nameWords: ["%kari%", "%nordmann%"],
      token: null,
      emailFragment: null,
    });
    expect(searchTerms("nordm").emailFragment).toBe("%nordm%");
  });

  it("treats ids as tokens for exact lookups", () => {
    expect(searchTerms("agr_5kSeqz").token).toBe("agr_5kSeqz");
    expect(searchTerms("abo-g123-p4").token).toBe("abo-g123-p4");
    expect(searchTerms("not an id").token).toBeNull();
  });

  it("escapes LIKE wildcards typed by people", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
    expect(searchTerms("100%").nameWords).toEqual(["%100\\%%"]);
  });

  it("returns nothing to look for on an empty query", () => {
    expect(searchTerms("   ")).toEqual({
      token: null,
      email: null,
      phones: [],
      phoneDigits: null,
      nameWords: [],
      emailFragment: null,
    });
  });
});
