// A <time> element whose text is formatted on the server in the publication's time zone.
import { formatDateline, formatShortTime } from "@/lib/format";

export function Timestamp({ date, timeZone, short = false, className }: { date: Date; timeZone: string; short?: boolean; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {short ? formatShortTime(date, timeZone) : formatDateline(date, timeZone)}
    </time>
  );
}
