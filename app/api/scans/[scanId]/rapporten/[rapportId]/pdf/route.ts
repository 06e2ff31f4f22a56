import { defineScanRoute, plainNotFound } from "@/lib/auth/scan-route";
import { getRapportPdf } from "@/lib/data/rapport";
import { rapportBestandsnaam } from "@/lib/rapport/bestandsnaam";

export const dynamic = "force-dynamic";

const notFound = plainNotFound("Niet gevonden.");

/**
 * Downloads a stored report version. GET without side effects (apart from the audit row of
 * a refusal). A foreign scan, a rapport of another scan and a missing one all answer the
 * same 404; someone not signed in is sent to sign in and back to the report page.
 */
export const GET = defineScanRoute<{ scanId: string; rapportId: string }>(
  "downloadRapport",
  "scan.view",
  {
    notFound,
    signIn: (req, { scanId }) => {
      const back = encodeURIComponent(`/scans/${encodeURIComponent(scanId)}/rapport`);
      return Response.redirect(new URL(`/inloggen?callbackUrl=${back}`, req.url), 303);
    },
  },
  async (_req, { params: { scanId, rapportId }, access }) => {
    const gemeente = access.scan.gemeenteNaam;
    const rapport = await getRapportPdf(scanId, rapportId);
    if (!rapport) return notFound();
    return new Response(Buffer.from(rapport.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${rapportBestandsnaam(gemeente, rapport.soort, rapport.versie)}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
