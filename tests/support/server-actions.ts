import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type * as z from "zod";
import type { TActionState } from "@/lib/actions/state";

const root = path.resolve(import.meta.dirname, "../..");

export type TDiscoveredAction = {
  file: string;
  exportName: string;
  actionName: string;
  schema: z.ZodObject;
  anonymous: boolean;
  run: (fd: FormData) => Promise<TActionState>;
};

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? walk(rel) : /\.tsx?$/.test(name) && !/\.test\./.test(name) ? [rel] : [];
  });
}

/** Every "use server" module under app/ and lib/, found from the source, not from a list. */
export function serverActionFiles(): string[] {
  return ["app", "lib"].flatMap(walk).filter((f) => /^\s*["']use server["']/.test(readFileSync(path.join(root, f), "utf8")));
}

/** Imports them (after the action environment is installed) and returns every exported action. */
export async function discoverActions(): Promise<TDiscoveredAction[]> {
  const out: TDiscoveredAction[] = [];
  for (const file of serverActionFiles()) {
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      const a = value as Partial<TDiscoveredAction> & { actionName?: string };
      if (typeof value !== "function" || !a.actionName || !a.schema || !a.run) {
        throw new Error(`${file}: export ${exportName} is not built with defineAction/defineFormAction`);
      }
      out.push({ file, exportName, actionName: a.actionName, schema: a.schema, anonymous: !!a.anonymous, run: a.run });
    }
  }
  return out;
}
