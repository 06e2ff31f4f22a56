import Link from "next/link";
import { PROGRAMMA_EMAIL } from "@/lib/config";

export function SiteFooter() {
  return (
    <footer className="op-donker mt-12 bg-rijk-900 text-white niet-printen">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-base sm:flex-row sm:justify-between sm:px-6">
        <p>
          Vragen over de scan? Mail naar{" "}
          <a href={`mailto:${PROGRAMMA_EMAIL}`} className="text-white hover:text-white">
            {PROGRAMMA_EMAIL}
          </a>
        </p>
        <p className="flex gap-6">
          <Link href="/cijfers" className="text-white hover:text-white">
            Landelijke cijfers
          </Link>
          <Link href="/toegankelijkheid" className="text-white hover:text-white">
            Toegankelijkheid
          </Link>
        </p>
      </div>
    </footer>
  );
}
