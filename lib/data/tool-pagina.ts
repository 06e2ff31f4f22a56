import "server-only";
import { notFound } from "next/navigation";
import { STAPPEN } from "@/db/schema";
import { getModel, type TModel } from "@/lib/analysetool";
import { deadlineVan } from "@/lib/antwoorden/deadline";
import { type TAntwoordRij, type TVoortgang, voortgang } from "@/lib/antwoorden/voortgang";
import { requireScanPage, type TScanAccess } from "@/lib/auth/access";
import { getMemberAnswers, getToolScan, type TToolMember, type TToolScan } from "./analysetool";

export type TTool = {
  access: TScanAccess;
  model: TModel;
  scan: TToolScan;
  member: TToolMember;
  rows: TAntwoordRij[];
  voortgang: TVoortgang;
  deadline: Date | null;
  /** Stap 3 has been reached (the tool was sent out). */
  geopend: boolean;
  /** Answers can be changed now: stap 3 and not submitted. */
  bewerkbaar: boolean;
};

/** Everything a page of the deelnemer's own tool needs, after the access check (404 otherwise). */
export async function laadTool(scanId: string): Promise<TTool> {
  const access = await requireScanPage(scanId, "analysetool.fill");
  const model = getModel(access.scan.modelVersie);
  const [scan, eigen] = await Promise.all([getToolScan(scanId), getMemberAnswers(scanId, access.member!.id)]);
  if (!scan || !eigen) notFound();
  const geopend = scan.stap !== "afgewezen" && STAPPEN.indexOf(scan.stap) >= STAPPEN.indexOf("analysetool");
  return {
    access,
    model,
    scan,
    member: eigen.member,
    rows: eigen.rows,
    voortgang: voortgang(model, eigen.rows),
    deadline: deadlineVan(scan),
    geopend,
    bewerkbaar: scan.stap === "analysetool" && eigen.member.ingediendAt === null,
  };
}
