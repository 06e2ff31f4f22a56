"use client";

import { useEffect, useId, useRef } from "react";

/**
 * After a failed submit: the message and a link to each field in error, focused so
 * keyboard and screen-reader users start there (GOV.UK / NL Design System pattern).
 */
export function ErrorSummary({
  message,
  fieldErrors,
  labels,
  idPrefix = "",
}: {
  message?: string;
  fieldErrors?: Record<string, string>;
  labels?: Record<string, string>;
  /** When the form's field ids are prefixed (two forms with the same field names on one page). */
  idPrefix?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titelId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message (or new field errors) must take the focus again
  useEffect(() => {
    ref.current?.focus();
  }, [message, fieldErrors]);
  if (!message) return null;
  const entries = Object.entries(fieldErrors ?? {}).filter(([k]) => k !== "_form");
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titelId} className="mb-6 border-4 border-fout p-4">
      <h2 id={titelId} className="text-xl">
        Er is een probleem
      </h2>
      <p>{message}</p>
      {fieldErrors?._form ? <p className="font-semibold">{fieldErrors._form}</p> : null}
      {entries.length ? (
        <ul className="mt-2 list-disc pl-6">
          {entries.map(([field, msg]) => (
            <li key={field}>
              <a href={`#${idPrefix}${field}`} className="font-semibold text-fout">
                {labels?.[field] ? `${labels[field]}: ` : ""}
                {msg}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
