import { getModel } from "@/lib/analysetool";
import { deadlineVan } from "@/lib/antwoorden/deadline";
import { exportRijen } from "@/lib/antwoorden/export";
import { defineScanRoute, plainNotFound } from "@/lib/auth/scan-route";
import { csvResponse, toCsv } from "@/lib/csv";
import { getToolScan, listIngediendeAntwoorden } from "@/lib/data/analysetool";
import { amsterdamDay } from "@/lib/dates";

export const dynamic = "force-dynamic";

/**
 * All submitted answers of a scan as CSV, for begeleiders. A GET without side effects
 * (besides the audit row of a refusal). Not signed in, not assigned, or no such scan: the
 * same 404, so the response says nothing about which scans exist.
 */
export const GET = defineScanRoute(
  "exportAntwoorden",
  "scan.begeleid",
  { notFound: plainNotFound("Deze scan bestaat niet of je hebt er geen toegang toe.") },
  async (_req, { params: { scanId }, access }) => {
    const [scan, deelnemers] = await Promise.all([getToolScan(scanId), listIngediendeAntwoorden(scanId)]);
    const csv = toCsv(exportRijen(getModel(access.scan.modelVersie), deelnemers, scan ? deadlineVan(scan) : null));
    const naam = `antwoorden-${slug(access.scan.gemeenteNaam)}-${amsterdamDay(new Date())}.csv`;
    return csvResponse(csv, naam);
  },
);

function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
