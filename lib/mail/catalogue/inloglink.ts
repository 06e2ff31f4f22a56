import { createHash } from "node:crypto";
import { createElement } from "react";
import { InloglinkMail } from "@/emails/inloglink";
import { formatDatumTijd } from "@/lib/dates";
import type { TMail } from "./soorten";

/**
 * The sign-in link. Auth.js's `url` carries the token: its hash is the key, so a repeated
 * request is a new mail and a retry is not. `bevestigUrl` is the page that asks for a click
 * before the token is used (mail scanners follow links).
 */
export function inloglinkMail(input: { to: string; url: string; bevestigUrl: string; geldigTot: Date }): TMail {
  return {
    idempotencyKey: `inloglink/${createHash("sha256").update(input.url).digest("hex")}`,
    kind: "inloglink",
    to: input.to,
    subject: "Je inloglink voor de Datavolwassenheidsscan",
    body: createElement(InloglinkMail, { url: input.bevestigUrl, geldigTot: formatDatumTijd(input.geldigTot) }),
  };
}
