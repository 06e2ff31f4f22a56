"use client";

import { useActionState } from "react";
import type { TActionState } from "@/lib/actions/state";
import { initialActionState } from "@/lib/actions/state";
import { Notice } from "./notice";
import { SubmitButton } from "./submit-button";

/** A one-button form for an action that takes only hidden fields; shows the action's error above the button. */
export function ActionButtonForm({
  action,
  fields,
  label,
  pendingText,
  variant = "primary",
}: {
  action: (prev: TActionState, formData: FormData) => Promise<TActionState>;
  fields: Record<string, string>;
  label: string;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction}>
      {state.status === "error" ? <Notice tone="fout" title={state.message} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {label}
      </SubmitButton>
    </form>
  );
}
