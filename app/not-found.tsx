import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1>Pagina niet gevonden</h1>
      <p className="my-4">Deze pagina bestaat niet, of je hebt er geen toegang toe. Controleer het adres, of ga terug naar de startpagina.</p>
      <Link href="/">Naar de startpagina</Link>
    </div>
  );
}
