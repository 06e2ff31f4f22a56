import { authorizeScan } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { getRapportPdf } from "@/lib/data/rapport";
import { NotFoundError } from "@/lib/errors";
import { rapportBestandsnaam } from "@/lib/report/bestandsnaam";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ scanId: string; rapportId: string }> };

const notFound = () =>
  new Response("Niet gevonden.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

/**
 * Downloads a stored report version. GET without side effects (apart from the audit row of
 * a refusal). A foreign scan, a rapport of another scan and a missing one all answer the
 * same 404; someone not signed in is sent to sign in and back to the report page.
 */
export async function GET(req: Request, { params }: Ctx) {
  const { scanId, rapportId } = await params;
  const user = await getCurrentUser();
  if (!user) {
    const back = encodeURIComponent(`/scans/${encodeURIComponent(scanId)}/rapport`);
    return Response.redirect(new URL(`/inloggen?callbackUrl=${back}`, req.url), 303);
  }
  let gemeente: string;
  try {
    gemeente = (await authorizeScan(user, scanId, "scan.view", "downloadRapport")).scan.gemeenteNaam;
  } catch (err) {
    if (err instanceof NotFoundError) return notFound();
    throw err;
  }
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
}
