import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { stripBidiControls } from "@/lib/security/bidi";

export type TRenderedMail = { html: string; text: string };

export async function renderMail(element: ReactElement): Promise<TRenderedMail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  // A right-to-left override in a name would reverse the rest of the sentence; templates have none of their own.
  return { html: stripBidiControls(html), text: stripBidiControls(text) };
}
