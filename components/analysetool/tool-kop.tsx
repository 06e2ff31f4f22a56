import Link from "next/link";

/** Breadcrumb back to the scan and the tool's start, then the page title. */
export function ToolKop({ scanId, gemeente, titel, kruimel = true }: { scanId: string; gemeente: string; titel: string; kruimel?: boolean }) {
  return (
    <>
      <nav aria-label="Kruimelpad" className="niet-printen text-base">
        <Link href={`/scans/${scanId}`}>Scan gemeente {gemeente}</Link>
        {kruimel ? (
          <>
            <span aria-hidden="true"> › </span>
            <Link href={`/scans/${scanId}/analysetool`}>Analysetool</Link>
          </>
        ) : null}
      </nav>
      <h1 className="mt-2">{titel}</h1>
    </>
  );
}
