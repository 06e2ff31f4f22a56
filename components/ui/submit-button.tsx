"use client";

import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** Disabled while the form is on its way, so a double click does not submit twice. */
export function SubmitButton({ children, pendingText, variant }: { children: string; pendingText?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} variant={variant}>
      {pending ? (pendingText ?? "Bezig…") : children}
    </Button>
  );
}
