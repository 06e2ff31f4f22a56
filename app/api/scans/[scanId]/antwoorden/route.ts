import { getModel } from "@/lib/analysetool";
import { deadlineVan } from "@/lib/antwoorden/deadline";
import { exportRijen } from "@/lib/antwoorden/export";
import { authorizeScan, type TScanAccess } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/csv";
import { getToolScan, listIngediendeAntwoorden } from "@/lib/data/analysetool";
import { amsterdamDay } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const NIET_GEVONDEN = () =>
  new Response("Deze scan bestaat niet of je hebt er geen toegang toe.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

/**
 * All submitted answers of a scan as CSV, for begeleiders. A GET without side effects
 * (besides the audit row of a refusal). Not signed in, not assigned, or no such scan: the
 * same 404, so the response says nothing about which scans exist.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ scanId: string }> }) {
  const { scanId } = await params;
  const user = await getCurrentUser();
  if (!user) return NIET_GEVONDEN();
  let access: TScanAccess;
  try {
    access = await authorizeScan(user, scanId, "scan.begeleid", "exportAntwoorden");
  } catch (err) {
    if (err instanceof NotFoundError) return NIET_GEVONDEN();
    throw err;
  }
  const [scan, deelnemers] = await Promise.all([getToolScan(scanId), listIngediendeAntwoorden(scanId)]);
  const csv = toCsv(exportRijen(getModel(access.scan.modelVersie), deelnemers, scan ? deadlineVan(scan) : null));
  const naam = `antwoorden-${slug(access.scan.gemeenteNaam)}-${amsterdamDay(new Date())}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${naam}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
