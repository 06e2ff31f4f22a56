import { type IncomingMessage, Server } from "node:http";

/**
 * The header in which every request carries the address of the TCP peer that sent it.
 * Next.js (16) gives route handlers and server actions no access to the socket, and it only
 * fills in `x-forwarded-for` when the client did not send one, so without this the client
 * chooses its own address and per-address rate limits count nothing (issue 14.3).
 */
export const PEER_HEADER = "x-dvs-peer-address";

type TGlobal = { __dvsPeerStamp?: boolean };

/**
 * Stamps PEER_HEADER on every request this process's HTTP servers receive, overwriting
 * whatever a client sent under that name. Installed once from instrumentation.ts, before the
 * first request; patched on the prototype because the server object is Next's own.
 */
export function stampPeerAddresses(): void {
  const g = globalThis as TGlobal;
  if (g.__dvsPeerStamp) return;
  g.__dvsPeerStamp = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return (emit as (this: Server, e: string | symbol, ...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof Server.prototype.emit;
}
