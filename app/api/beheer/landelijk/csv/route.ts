import { defineAdminRoute } from "@/lib/auth/admin-route";
import { plainNotFound } from "@/lib/auth/scan-route";
import { landelijkCsv, landelijkeTabellen } from "@/lib/benchmark/landelijke-tabellen";
import { loadLandelijkVoorBeheer } from "@/lib/data/landelijk";
import { amsterdamDay } from "@/lib/dates";

export const dynamic = "force-dynamic";

/** The national picture as CSV: exactly the tables /beheer/landelijk shows. */
export const GET = defineAdminRoute("exportLandelijk", { notFound: plainNotFound("Deze pagina bestaat niet.") }, async () => {
  const now = new Date();
  const csv = landelijkCsv(landelijkeTabellen(await loadLandelijkVoorBeheer(now)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="landelijk-beeld-${amsterdamDay(now)}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
