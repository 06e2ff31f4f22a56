import { createElement, type FunctionComponent } from "react";
import { describe, expect, it } from "vitest";
import { renderMail } from "@/lib/mail/render";
import { AanmeldingAfgewezenMail } from "./aanmelding-afgewezen";
import { AanmeldingOntvangenMail } from "./aanmelding-ontvangen";
import { NieuweAanmeldingMail } from "./nieuwe-aanmelding";
import { UitnodigingProcesregisseurMail } from "./uitnodiging-procesregisseur";
import { WelkomDeelnemerMail } from "./welkom-deelnemer";
import { WorkshopdatumVastgelegdMail } from "./workshopdatum-vastgelegd";

type TTemplate = FunctionComponent<never> & { PreviewProps: object };

const cases: [string, TTemplate, string][] = [
  ["aanmelding-ontvangen", AanmeldingOntvangenMail, "analysetool"],
  ["nieuwe-aanmelding", NieuweAanmeldingMail, "GM0307"],
  ["uitnodiging-procesregisseur", UitnodigingProcesregisseurMail, "/inloggen?callbackUrl=/scans/"],
  ["aanmelding-afgewezen", AanmeldingAfgewezenMail, "plekken"],
  ["welkom-deelnemer", WelkomDeelnemerMail, "Geef aan wanneer je kunt"],
  ["workshopdatum-vastgelegd", WorkshopdatumVastgelegdMail, "agenda-afspraak"],
];

describe("stap 1–2 mail templates", () => {
  it.each(cases)("%s renders Dutch HTML and plain text from its preview props", async (_name, Template, expected) => {
    const { html, text } = await renderMail(createElement(Template as unknown as FunctionComponent<object>, Template.PreviewProps));
    expect(html).toContain('lang="nl"');
    expect(text).toContain(expected);
    expect(text).toContain("zichtopondermijning@minbzk.nl");
  });

  it("the welcome mail shows the known dates instead of the planning request", async () => {
    const { text } = await renderMail(
      createElement(WelkomDeelnemerMail, {
        ...WelkomDeelnemerMail.PreviewProps,
        workshop: "dinsdag 16 maart 2027, 13:30",
        analysetoolVanaf: "dinsdag 23 februari 2027",
        deadline: "dinsdag 9 maart 2027",
      }),
    );
    expect(text).toContain("dinsdag 16 maart 2027, 13:30");
    expect(text).toContain("Bekijk de planning");
    expect(text).not.toContain("Geef aan wanneer je kunt");
  });
});
