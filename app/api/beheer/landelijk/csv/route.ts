import { defineAdminRoute } from "@/lib/auth/admin-route";
import { plainNotFound } from "@/lib/auth/scan-route";
import { landelijkCsv, landelijkeTabellen } from "@/lib/benchmark/landelijke-tabellen";
import { csvResponse } from "@/lib/csv";
import { loadLandelijkVoorBeheer } from "@/lib/data/landelijk";
import { amsterdamDay } from "@/lib/dates";

export const dynamic = "force-dynamic";

/** The national picture as CSV: exactly the tables /beheer/landelijk shows. */
export const GET = defineAdminRoute("exportLandelijk", { notFound: plainNotFound("Deze pagina bestaat niet.") }, async () => {
  const now = new Date();
  const csv = landelijkCsv(landelijkeTabellen(await loadLandelijkVoorBeheer(now)));
  return csvResponse(csv, `landelijk-beeld-${amsterdamDay(now)}.csv`);
});
