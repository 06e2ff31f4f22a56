import { render } from "@react-email/render";
import type { ReactElement } from "react";

export type TRenderedMail = { html: string; text: string };

export async function renderMail(element: ReactElement): Promise<TRenderedMail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
