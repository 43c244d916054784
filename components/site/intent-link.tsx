"use client";
// The reader site's link: next/link that prefetches when the reader shows intent (pointer over it,
// a touch on it, keyboard focus), not when it scrolls into view. Every reader page is rendered on
// request, so Next's default cost one request per link in view: an article read on a desktop asked
// for 20 route prefetches after load and 33 after scrolling, each about a third of a page render,
// while the page itself came from the cache in front (docs/PERFORMANCE.md, "Prefetching"). That
// cache keeps a prefetch only for readers of the same page, a second at a time, so across the
// archive most would reach the app. Now a page view costs the server nothing until the reader
// reaches for a link, and then one prefetch for that link. Clicking still navigates client-side.
// The newsroom keeps Next's default: few readers, many clicks.
import Link from "next/link";
import { useState, type ComponentProps } from "react";

export function IntentLink({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // false until intent; then the caller's choice, or Next's default (null).
      prefetch={intent ? (prefetch ?? null) : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
