import type { ReactNode } from "react";
import { describedBy, frameClass, HintAndError } from "./field";

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
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)} className={frameClass(error)}>
      <legend className="font-semibold text-rijk-900">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
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
