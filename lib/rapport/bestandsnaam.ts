/** "eindrapport-sudwest-fryslan-concept-v2.pdf": ASCII only, so every browser and mail client keeps it. */
export function rapportBestandsnaam(gemeente: string, soort: "concept" | "definitief", versie: number): string {
  const slug = gemeente
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `eindrapport-${slug || "gemeente"}-${soort === "concept" ? `concept-v${versie}` : "definitief"}.pdf`;
}
