import type { ReactNode } from "react";

/**
 * A radio group as a fieldset with a legend, an optional hint and the error above the
 * options (text and icon, never colour alone). The fieldset carries `id` so the error
 * summary can link to it.
 */
export function RadioGroup({
  id,
  name,
  legend,
  hint,
  error,
  options,
  defaultValue,
}: {
  id: string;
  name?: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className={`mb-6 ${error ? "border-l-4 border-fout pl-4" : ""}`}>
      <legend className="font-semibold text-rijk-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-gray-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-fout`} className="font-semibold text-fout">
          <span aria-hidden="true">⚠ </span>
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      ) : null}
      {options.map((o) => {
        const optionId = `${id}-${o.value}`;
        return (
          <div key={o.value} className="mt-2 flex items-start gap-3">
            <input
              type="radio"
              id={optionId}
              name={name ?? id}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              // Remounted when the echoed choice changes, so a refused form keeps it (issue 19.2).
              key={`${o.value}-${defaultValue === o.value}`}
              aria-describedby={o.hint ? `${optionId}-hint` : undefined}
              className="mt-1 h-6 w-6 shrink-0"
            />
            <div>
              <label htmlFor={optionId}>{o.label}</label>
              {o.hint ? (
                <p id={`${optionId}-hint`} className="text-base text-gray-700">
                  {o.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
