import { describe, expect, it } from "vitest";
import { BOM, csvCell, toCsv } from "./csv";

describe("csv", () => {
  it.each([
    ["=SUM(A1:A3)", "'=SUM(A1:A3)"],
    ["+31 6 1234", "'+31 6 1234"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ["\r=1", `"'\r=1"`],
    ["gewoon", "gewoon"],
    ["a;b", '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ["regel 1\nregel 2", '"regel 1\nregel 2"'],
    ["=a;b", `"'=a;b"`],
    ["", ""],
  ])("escapes %j as %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("leaves numbers and empty values alone", () => {
    expect(csvCell(3)).toBe("3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("starts with a BOM and ends rows with CRLF, separated by semicolons", () => {
    expect(
      toCsv([
        ["a", "b"],
        [1, "é"],
      ]),
    ).toBe(`${BOM}a;b\r\n1;é\r\n`);
  });
});
