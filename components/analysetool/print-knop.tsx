"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; without JavaScript the browser's own print command works too. */
export function PrintKnop() {
  return (
    <Button type="button" variant="secondary" className="niet-printen" onClick={() => window.print()}>
      Afdrukken
    </Button>
  );
}
