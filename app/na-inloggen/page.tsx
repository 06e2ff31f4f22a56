import { redirect } from "next/navigation";
import { isStaff } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { listScansForMember } from "@/lib/data/scans";

/** Where a fresh sign-in lands: the page that fits the person's role. */
export default async function NaInloggenPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/inloggen");
  if (isStaff(user)) redirect("/begeleider");
  const scans = await listScansForMember(user.id);
  if (scans.length === 1 && scans[0]) redirect(`/scans/${scans[0].id}`);
  redirect("/scans");
}
