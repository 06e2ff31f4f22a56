/** Shared by client forms and server actions; kept free of server-only imports. */
export type TActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const initialActionState: TActionState = { status: "idle" };
