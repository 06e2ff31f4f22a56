/** Labels of the begeleider's text fields, for forms and Dutch error messages. */
import { MODEL_2026_1 } from "@/lib/analysetool";
import { tekstSleutels } from "./teksten";

const DIMENSIES = [...MODEL_2026_1.dimensies].sort((a, b) => a.volgorde - b.volgorde);

export type TTekstVeld = { sleutel: string; max: number; label: string; hint?: string; groep: string };

/** Every text field in form order, grouped: samenvatting, per dimension, conclusies. */
export const TEKST_VELDEN: TTekstVeld[] = tekstSleutels(DIMENSIES.map((d) => d.id)).map(({ sleutel, max }) => {
  if (sleutel === "samenvatting") {
    return {
      sleutel,
      max,
      groep: "Samenvatting",
      label: "Samenvatting",
      hint: "De kern van het rapport in een paar alinea's. Een lege regel begint een nieuwe alinea.",
    };
  }
  if (sleutel === "conclusies") return { sleutel, max, groep: "Conclusies", label: "Conclusies", hint: "Komt in het hoofdstuk Conclusies en vervolg." };
  const [, id, soort] = sleutel.split(".");
  const naam = DIMENSIES.find((d) => d.id === id)?.naam ?? id!;
  return { sleutel, max, groep: naam, label: soort === "sterk" ? `Sterke punten: ${naam}` : `Verbeterpunten: ${naam}` };
});
