import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type FieldFrameProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
};

/** The frame of a field or a fieldset: a red bar on the left when it has an error. */
export const frameClass = (error: unknown) => `mb-6 ${error ? "border-l-4 border-fout pl-4" : ""}`;

/** The hint, then the error (text and icon, never colour alone), under a label or legend. */
export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
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
    </>
  );
}

/** The ids of the hint and the error, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
}

/** Label, optional hint, then the error above the input. */
export function FieldFrame({ id, label, hint, error, optional, children }: FieldFrameProps) {
  return (
    <div className={frameClass(error)}>
      <label htmlFor={id} className="block font-semibold text-rijk-900">
        {label}
        {optional ? <span className="font-normal"> (optioneel)</span> : null}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

const inputClass = "mt-1 block w-full max-w-xl rounded border-2 border-gray-700 bg-white px-3 py-2 text-lg aria-[invalid=true]:border-fout";

type Common = { id: string; label: string; hint?: ReactNode; error?: string; optional?: boolean };

export function TextField({ id, label, hint, error, optional, className = "", ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        name={props.name ?? id}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} ${className}`}
        {...props}
      />
    </FieldFrame>
  );
}

export function TextArea({ id, label, hint, error, optional, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        name={props.name ?? id}
        required={!optional}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
        {...props}
      />
    </FieldFrame>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  optional,
  children,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        // React does not move a mounted select to a new defaultValue: after a refused form the
        // choice the user made would fall back to the first option (issue 19.2).
        key={String(props.defaultValue ?? "")}
        id={id}
        name={props.name ?? id}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
        {...props}
      >
        {children}
      </select>
    </FieldFrame>
  );
}
