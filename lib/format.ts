// Dates shown to readers, always in the publication's time zone so server and client agree.
// Reader-facing dates live in lib/i18n/format.ts (per edition); re-exported here for older imports.
export { formatDateline, formatShortTime } from "@/lib/i18n/format";

function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - utcMs;
}

/** A wall-clock time ("2026-12-01T09:30", as a datetime-local input gives it) in `timeZone`, as a
 *  Date; null when the value is not a valid time. Newsroom schedules are in the publication's zone. */
export function zonedTimeToDate(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall) || new Date(wall).getUTCMonth() !== mo - 1 || new Date(wall).getUTCDate() !== d) return null;
  let utc = wall - zoneOffsetMs(wall, timeZone);
  utc = wall - zoneOffsetMs(utc, timeZone);
  return new Date(utc);
}

/** The datetime-local value for a Date in `timeZone`. */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const local = new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}

/** "28 Nov 2026, 14:05" in the publication's zone: the same on server and client. */
export function formatNewsroomTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}
