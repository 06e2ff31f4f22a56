import { describe, expect, it } from "vitest";
import { rondeUitslag, rondeWeigering, toolVerdeling } from "./ronde";

describe("a live workshop round", () => {
  const open = { status: "open" as const, onthuld: false };
  const gesloten = { status: "gesloten" as const, onthuld: true };

  it.each([
    ["openen", { stap: "workshop", ronde: null }, null],
    ["openen", { stap: "workshop", ronde: null, anderOpen: true }, "Er is al een ronde open. Sluit die eerst."],
    ["openen", { stap: "concept", ronde: null }, "Rondes zijn er alleen tijdens de workshop (stap 4)."],
    ["stemmen", { stap: "workshop", ronde: open }, null],
    ["stemmen", { stap: "workshop", ronde: gesloten }, "Deze ronde is gesloten: je antwoord kan niet meer veranderen."],
    ["stemmen", { stap: "workshop", ronde: null }, "Deze ronde bestaat niet."],
    ["onthullen", { stap: "workshop", ronde: open }, null],
    ["onthullen", { stap: "workshop", ronde: { ...open, onthuld: true } }, "De verdeling is al getoond."],
    // The room may see the spread after the round closed, too.
    ["onthullen", { stap: "workshop", ronde: { status: "gesloten", onthuld: false } }, null],
    ["sluiten", { stap: "workshop", ronde: open }, null],
    ["sluiten", { stap: "workshop", ronde: gesloten }, "Deze ronde is al gesloten."],
  ] as const)("%s in %j: %s", (actie, ctx, fout) => {
    expect(rondeWeigering(actie, ctx)).toBe(fout);
  });

  it("counts the levels, keeps 'weet ik niet' apart and starts the consensus from the median to a half step", () => {
    const u = rondeUitslag([
      { niveau: 2, weetNiet: false },
      { niveau: 3, weetNiet: false },
      { niveau: 3, weetNiet: false },
      { niveau: 4, weetNiet: false },
      { niveau: null, weetNiet: true },
    ]);
    expect(u).toEqual({ antwoorden: 5, verdeling: [0, 1, 2, 1, 0], weetNiet: 1, mediaan: 3 });
    expect(
      rondeUitslag([
        { niveau: 2, weetNiet: false },
        { niveau: 3, weetNiet: false },
      ]).mediaan,
    ).toBe(2.5);
    expect(
      rondeUitslag([
        { niveau: 2, weetNiet: false },
        { niveau: 5, weetNiet: false },
      ]).mediaan,
    ).toBe(3.5);
    expect(rondeUitslag([]).mediaan).toBeNull();
  });

  it("adds up the tools' answers over the dimension's questions", () => {
    expect(toolVerdeling([{ verdeling: { 1: 1, 2: 0, 3: 2, 4: 0, 5: 0 } }, { verdeling: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 0 } }])).toEqual([1, 1, 3, 1, 0]);
  });
});
