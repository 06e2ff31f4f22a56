/** "3 uur", "1 uur en 30 minuten", "45 minuten". */
export function formatDuur(minuten: number): string {
  const uren = Math.floor(minuten / 60);
  const rest = minuten % 60;
  if (uren === 0) return `${rest} minuten`;
  if (rest === 0) return `${uren} uur`;
  return `${uren} uur en ${rest} minuten`;
}
