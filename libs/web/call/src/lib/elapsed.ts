/** `m:ss` or `h:mm:ss` between two instants, for the running contact timer. */
export function formatElapsed(fromIso: string | null, now: Date): string {
  if (!fromIso) return '0:00';
  const seconds = Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
