/** Dutch descriptions of audit actions; unknown ones are shown readably rather than hidden. */
const LABELS: Record<string, string> = {
  "aanmelding.ontvangen": "Aanmelding ontvangen",
  "aanmelding.geaccepteerd": "Aanmelding geaccepteerd",
  "aanmelding.afgewezen": "Aanmelding afgewezen",
  "analysetool.gestart": "Analysetool gestart (stap 3)",
  "scan.closeAnalysetool": "Analysetool gesloten (stap 4)",
  "scan.closeWorkshop": "Workshop afgerond (stap 5)",
  "workshop.saveConsensus": "Vastgesteld niveau opgeslagen",
  "deelnemer.toegevoegd": "Deelnemer toegevoegd",
  "deelnemer.gewijzigd": "Deelnemer gewijzigd",
  "deelnemer.verwijderd": "Deelnemer verwijderd",
  "mail.retry": "Mislukte mail opnieuw verstuurd",
  "retentie.antwoorden_verwijderd": "Individuele antwoorden verwijderd (bewaartermijn)",
  "pagina.beheer": "Beheerpagina geopend",
};

export function auditLabel(action: string): string {
  if (!LABELS[action] && action.startsWith("pagina.")) return `Pagina van de scan geopend (${action.slice("pagina.".length)})`;
  return (
    LABELS[action] ??
    action
      .replace(/[._]/g, " ")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
  );
}
