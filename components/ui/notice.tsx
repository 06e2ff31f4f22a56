import type { ReactNode } from "react";
import { meldingTekst, type TMeldingPagina } from "@/lib/meldingen";

const tones = {
  succes: "border-succes bg-green-50",
  info: "border-rijk-700 bg-rijk-50",
  waarschuwing: "border-yellow-600 bg-yellow-50",
  fout: "border-fout bg-red-50",
} as const;

/** A message at the top of a page; `role="status"` so screen readers announce it. */
export function Notice({ tone = "info", title, children }: { tone?: keyof typeof tones; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === "fout" ? "alert" : "status"} className={`mb-6 border-l-4 p-4 ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  );
}

/** The confirmation an action asked this page to show (the `melding` query parameter), or nothing for an unknown code. */
export function MeldingNotice<P extends TMeldingPagina>({ pagina, code, className }: { pagina: P; code: string | undefined; className?: string }) {
  const tekst = meldingTekst(pagina, code);
  if (!tekst) return null;
  const notice = <Notice tone="succes" title={tekst} />;
  return className ? <div className={className}>{notice}</div> : notice;
}
