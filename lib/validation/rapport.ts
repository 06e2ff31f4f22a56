import * as z from "zod";
import { normaliseerTekst } from "@/lib/rapport/teksten";

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A required multi-line text, stored as plain text (line ends normalised, control
 * characters dropped). Markup is kept as typed; pages and the PDF escape it.
 */
export function ZLangeTekst(label: string, max: number) {
  return z
    .string({ error: `Vul ${label} in.` })
    .transform(normaliseerTekst)
    .pipe(
      z
        .string()
        .min(1, { error: `Vul ${label} in.` })
        .max(max, { error: `${hoofdletter(label)} mag niet langer zijn dan ${max} tekens.` }),
    );
}
