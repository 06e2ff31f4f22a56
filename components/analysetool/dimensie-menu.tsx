"use client";

import Link from "next/link";
import { useTool } from "./tool-context";

export type TMenuItem = { id: string; titel: string; href: string; vraagIds: string[] };

/** The tool's pages with, in text, which are complete; the current page is marked. */
export function DimensieMenu({ items, huidig, overzichtHref }: { items: TMenuItem[]; huidig: string; overzichtHref: string }) {
  const { beantwoord } = useTool();
  return (
    <nav aria-label="Onderdelen van de analysetool" className="text-base">
      <ol className="space-y-1">
        {items.map((item, i) => {
          const klaar = item.vraagIds.filter((id) => beantwoord.has(id)).length;
          const compleet = klaar === item.vraagIds.length;
          const actief = item.id === huidig;
          return (
            <li key={item.id}>
              <Link href={item.href} aria-current={actief ? "page" : undefined} className={`block rounded px-2 py-1 ${actief ? "bg-rijk-50 font-bold" : ""}`}>
                {i < items.length - 1 ? `${i + 1}. ` : ""}
                {item.titel}
              </Link>
              <span className={`block px-2 text-sm ${compleet ? "text-succes" : "text-gray-700"}`}>
                {compleet ? "✓ Compleet" : `${klaar} van ${item.vraagIds.length} beantwoord`}
              </span>
            </li>
          );
        })}
        <li>
          <Link href={overzichtHref} aria-current={huidig === "overzicht" ? "page" : undefined} className="block rounded px-2 py-1">
            Overzicht en indienen
          </Link>
        </li>
      </ol>
    </nav>
  );
}
