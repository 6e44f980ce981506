import { describe, expect, it } from "vitest";
import { isActionArgumentList, isMultipartBody } from "./request-body";

describe("a server action's request body", () => {
  it("is an argument list in JSON, as React sends it", () => {
    expect(isActionArgumentList("[]")).toBe(true);
    expect(isActionArgumentList('[{"agreementId":"a1","amount":"149,50"}]')).toBe(true);
    expect(isActionArgumentList('["$undefined","$K1"]')).toBe(true);
  });

  it("is refused when it is not JSON, is cut short, or is not a list", () => {
    for (const body of ["", "not json", "[", '[{"a":', "null", '"text"', "{}", "[\u0000]"])
      expect(isActionArgumentList(body), JSON.stringify(body)).toBe(false);
  });

  it("is left to the decoder when it is multipart form data", () => {
    expect(isMultipartBody("multipart/form-data; boundary=x")).toBe(true);
    expect(isMultipartBody("text/plain;charset=UTF-8")).toBe(false);
    expect(isMultipartBody(null)).toBe(false);
  });
});
