import { describe, expect, it } from "vitest";
import { loadGemeentenCsv, loadRegioCsv, parseRegioCsv } from "@/db/reference-data";
import { RIEC_REGIOS, VEILIGHEIDSREGIOS, veiligheidsregioNaam } from "./regios";

describe("the regions of the gemeenten", () => {
  const regios = loadRegioCsv();

  it("give every gemeente of the CBS list exactly one veiligheidsregio and RIEC region", () => {
    const codes = loadGemeentenCsv().map((g) => g.code);
    expect(regios.map((r) => r.code).sort()).toEqual([...codes].sort());
    const riecs = new Set<string>(RIEC_REGIOS);
    for (const r of regios) {
      expect(veiligheidsregioNaam(r.veiligheidsregioCode), r.code).not.toBeNull();
      expect(riecs.has(r.riec), `${r.code}: ${r.riec}`).toBe(true);
    }
  });

  it("use the names of the file for the 25 veiligheidsregio's, and all ten RIEC regions occur", () => {
    expect(VEILIGHEIDSREGIOS).toHaveLength(25);
    expect(new Set(regios.map((r) => r.riec)).size).toBe(10);
    expect(
      parseRegioCsv('code,naam,veiligheidsregio_code,veiligheidsregio,riec\nGM1771,"Nuenen, Gerwen en Nederwetten",VR22,Brabant-Zuidoost,Oost-Brabant\n'),
    ).toEqual([{ code: "GM1771", veiligheidsregioCode: "VR22", riec: "Oost-Brabant" }]);
  });
});
