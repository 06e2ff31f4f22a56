/** Building blocks of the report as HTML; plain text only (React escapes every string). */
import type { ReactNode } from "react";
import { DataTable, type TColumn } from "@/components/ui/data-table";
import { alineas } from "@/lib/rapport/teksten";
import type { TRapportHp } from "@/lib/rapport/types";
import { hpFeiten, type TKolomDef } from "@/lib/rapport/weergave";

export function Alineas({ tekst, leeg }: { tekst: string | null; leeg?: string }) {
  const delen = alineas(tekst);
  if (!delen.length) return leeg ? <p className="mt-2 text-gray-700">{leeg}</p> : null;
  return (
    <>
      {delen.map((a, i) => (
        <p key={i} className="mt-2 whitespace-pre-line">
          {a}
        </p>
      ))}
    </>
  );
}

export function Feiten({ rijen }: { rijen: [string, string][] }) {
  return (
    <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rijen.map(([label, waarde]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="whitespace-pre-line">{waarde}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A data table: caption, column headers and the first cell of each row as row header. */
export function Tabel({
  caption,
  kolommen,
  rijen,
  vet,
}: {
  caption: string;
  kolommen: TKolomDef[];
  rijen: string[][];
  vet?: (r: number, c: number) => boolean;
}) {
  return (
    <DataTable
      caption={caption}
      showCaption
      className="mt-3"
      rows={rijen}
      rowKey={(_, r) => r}
      columns={kolommen.map(
        (k, c): TColumn<string[]> => ({
          header: k.titel,
          rowHeader: c === 0,
          numeric: k.rechts,
          headerClassName: "align-bottom",
          className: (_, r) => (vet?.(r, c) ? "font-bold" : undefined),
          cell: (rij) => rij[c],
        }),
      )}
    />
  );
}

export function HpKaart({ hp, kop: Kop = "h3" }: { hp: TRapportHp; kop?: "h3" | "h4" }) {
  return (
    <article className="mt-4 rounded border-2 border-rijk-700 bg-rijk-50 p-4">
      <Kop className="text-lg font-semibold">
        {hp.rang ? `${hp.rang}. ` : ""}
        {hp.titel}
      </Kop>
      <Alineas tekst={hp.omschrijving} />
      <Feiten rijen={hpFeiten(hp)} />
    </article>
  );
}

export function Lijst({ items }: { items: ReactNode[] }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
