/** Shared by client forms and server actions; kept free of server-only imports. */
export type TActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Fields sent more than once (checkboxes), as sent: a refused form shows them ticked again. */
  lists?: Record<string, string[]>;
};

export const initialActionState: TActionState = { status: "idle" };

/**
 * What a group of checkboxes should show: after a refused submission exactly what was sent
 * (also when nothing was ticked), otherwise what is stored.
 */
export function echoedChoices(state: TActionState, name: string, stored: readonly string[]): string[] {
  if (!state.values) return [...stored];
  return state.lists?.[name] ?? (state.values[name] !== undefined ? [state.values[name]] : []);
}

/**
 * Props for one form field: after a refused submission what was sent, otherwise what is
 * stored, and the field's error. Spread into the field: `<TextField {...veld("naam")} />`.
 */
export function fieldProps(state: TActionState, stored: Readonly<Record<string, string | null | undefined>> = {}) {
  return (name: string) => ({ defaultValue: state.values?.[name] ?? stored[name] ?? "", error: state.fieldErrors?.[name] });
}
