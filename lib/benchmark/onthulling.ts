/**
 * Which benchmark groups may be shown without exposing one gemeente (issue 17), pure.
 *
 * A group is shown only with at least ten gemeenten, and never when, together with the groups
 * already shown, it would let someone compute the figures of fewer than ten: counts and level
 * distributions can be subtracted, so the national group minus every RIEC region but one is
 * that one region. The shown groups split the gemeenten into blocks (gemeenten that are in
 * exactly the same shown groups); every sum and difference of shown figures is a sum over
 * whole blocks, so when every block has at least ten gemeenten nothing smaller can be
 * computed. Groups are tried in the order given (national first), and one that would make a
 * block smaller than ten is suppressed. The members are scans, one per gemeente: a gemeente's
 * herhaalmeting is a new member, so figures of different moments are checked together too.
 */
export const MIN_GEMEENTEN = 10;

export type TGroepKandidaat = { id: string; leden: readonly string[] };

export type TOnthulling = { getoond: string[]; onderdrukt: string[] };

function kleinsteBlok(groepen: readonly (readonly string[])[]): number {
  const handtekening = new Map<string, string>();
  groepen.forEach((leden, i) => {
    for (const g of new Set(leden)) handtekening.set(g, `${handtekening.get(g) ?? ""}${i},`);
  });
  const grootte = new Map<string, number>();
  for (const h of handtekening.values()) grootte.set(h, (grootte.get(h) ?? 0) + 1);
  return Math.min(Number.POSITIVE_INFINITY, ...grootte.values());
}

/**
 * `alGetoond`: the members of every group shown before (earlier editions of the benchmark);
 * they stay shown, so a new group must not combine with them into a small block either.
 */
export function toonbareGroepen(kandidaten: readonly TGroepKandidaat[], opts: { min?: number; alGetoond?: readonly (readonly string[])[] } = {}): TOnthulling {
  const min = opts.min ?? MIN_GEMEENTEN;
  const eerder = opts.alGetoond ?? [];
  const getoond: TGroepKandidaat[] = [];
  const onderdrukt: string[] = [];
  for (const k of kandidaten) {
    const ok = new Set(k.leden).size >= min && kleinsteBlok([...eerder, ...getoond.map((g) => g.leden), k.leden]) >= min;
    if (ok) getoond.push(k);
    else onderdrukt.push(k.id);
  }
  return { getoond: getoond.map((g) => g.id), onderdrukt };
}

export const ONDERDRUKT_TEKST = "Te weinig gemeenten om te tonen.";
