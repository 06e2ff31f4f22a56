/** Field names of the page form (no-JavaScript post); shared by the form components and the action. */
export type TVeldSoort = "keuze" | "toelichting" | "tekst" | "was";

export function paginaVeld(soort: TVeldSoort, vraagId: string): string {
  return `${soort}:${vraagId}`;
}
