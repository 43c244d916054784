// Dates shown to readers, always in the publication's time zone so server and client agree.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parts(date: Date, timeZone: string) {
  const fmt = new Intl.DateTimeFormat("en-GB", {
    timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });
  const get = (type: string) => fmt.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return { year: get("year"), month: Number(get("month")), day: Number(get("day")), hour: get("hour"), minute: get("minute") };
}

/** "22 May, 2008 14:09" */
export function formatDateline(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.day} ${MONTHS[p.month - 1]}, ${p.year} ${p.hour}:${p.minute}`;
}

/** "14:09" for today's stories, "22 May" / "3 Nov" otherwise. */
export function formatShortTime(date: Date, timeZone: string, now: Date = new Date()): string {
  const p = parts(date, timeZone);
  const n = parts(now, timeZone);
  if (p.year === n.year && p.month === n.month && p.day === n.day) return `${p.hour}:${p.minute}`;
  return `${p.day} ${MONTHS[p.month - 1]!.slice(0, 3)}`;
}
