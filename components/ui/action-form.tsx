"use client";

import { useActionState } from "react";
import type { TActionState } from "@/lib/actions/state";
import { initialActionState } from "@/lib/actions/state";
import { Notice } from "./notice";
import { SubmitButton } from "./submit-button";

/**
 * A one-button form for an action that takes only hidden fields (a state transition, a
 * confirmed removal), showing the action's Dutch refusal above the button: as a line of
 * text (`error="inline"`) or as a Notice (`error="notice"`, for confirmation sections).
 */
export function ActionForm({
  action,
  fields,
  label,
  pendingText,
  variant = "primary",
  error = "inline",
  className,
}: {
  action: (prev: TActionState, formData: FormData) => Promise<TActionState>;
  fields: Record<string, string>;
  label: string;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
  error?: "inline" | "notice";
  className?: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className={className}>
      {state.status !== "error" ? null : error === "notice" ? (
        <Notice tone="fout" title={state.message} />
      ) : (
        <p role="alert" className="mb-2 font-semibold text-fout">
          <span aria-hidden="true">⚠ </span>
          {state.message}
        </p>
      )}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {label}
      </SubmitButton>
    </form>
  );
}
