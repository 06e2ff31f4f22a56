"use client";

import { useActionState } from "react";
import type { TActionState } from "@/lib/actions/state";
import { initialActionState } from "@/lib/actions/state";
import { SubmitButton } from "./submit-button";

/** A one-button form for a state transition, showing the action's Dutch refusal next to the button. */
export function ActionForm({
  action,
  hidden,
  submit,
  variant,
}: {
  action: (prev: TActionState, fd: FormData) => Promise<TActionState>;
  hidden: Record<string, string>;
  submit: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="mt-2">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {state.status === "error" ? (
        <p role="alert" className="mb-2 font-semibold text-fout">
          <span aria-hidden="true">⚠ </span>
          {state.message}
        </p>
      ) : null}
      <SubmitButton variant={variant}>{submit}</SubmitButton>
    </form>
  );
}
