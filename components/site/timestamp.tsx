// A <time> element whose text is formatted on the server in the publication's time zone.
import { formatDateline, formatShortTime } from "@/lib/i18n/format";
import type { Edition } from "@/lib/i18n/editions";

export function Timestamp({ date, timeZone, short = false, className, edition = "en" }: { date: Date; timeZone: string; short?: boolean; className?: string; edition?: Edition }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {short ? formatShortTime(date, timeZone, new Date(), edition) : formatDateline(date, timeZone, edition)}
    </time>
  );
}
