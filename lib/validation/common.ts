import * as z from "zod";
import { dropControlChars } from "@/lib/security/control-chars";

// Plain ASCII addresses only: commas, quotes, spaces and look-alike characters such as the
// full-width @ are refused before anything is looked up or sent (CVE-2022-35924, GHSA-7rqj).
const EMAIL_PATTERN = /^[a-z0-9](?:[a-z0-9._%+-]{0,63})@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/;

export const EMAIL_FOUT = "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.";

export const ZEmail = z.string({ error: EMAIL_FOUT }).trim().toLowerCase().max(254, { error: EMAIL_FOUT }).regex(EMAIL_PATTERN, { error: EMAIL_FOUT });

export const ZUuid = z.uuid({ error: "Onbekend kenmerk." });

/** A required single-line text with a Dutch message naming the field. */
export function ZTekst(label: string, max = 200) {
  return z
    .string({ error: `Vul ${label} in.` })
    .overwrite(dropControlChars)
    .trim()
    .min(1, { error: `Vul ${label} in.` })
    .max(max, { error: `${capitalize(label)} mag niet langer zijn dan ${max} tekens.` });
}

/** An optional text: empty becomes undefined. */
export function ZOptioneleTekst(label: string, max = 2000) {
  return z
    .string()
    .overwrite(dropControlChars)
    .trim()
    .max(max, { error: `${capitalize(label)} mag niet langer zijn dan ${max} tekens.` })
    .optional()
    .transform((v) => (v ? v : undefined));
}

function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
