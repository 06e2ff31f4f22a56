"use server";

import { redirect } from "next/navigation";
import * as z from "zod";
import { asFormAction, defineAction } from "@/lib/actions/define-action";
import { signOut } from "@/lib/auth/auth";
import { withMelding } from "@/lib/meldingen";

export const signOutAction = asFormAction(
  defineAction(
    "signOut",
    z.object({}),
    async () => {
      await signOut({ redirect: false });
      redirect(withMelding("start", "uitgelogd", "/"));
    },
    { anonymous: true },
  ),
);
