"use client";
// Prefetch on intent, not on sight. Reader links are next/link with `prefetch={false}`: every reader
// page is rendered on request, so Next's default (prefetch each link as it scrolls into view) cost
// one request per link in view: an article read on a desktop asked for 20 route prefetches after
// load and 33 after scrolling, each about a third of a page render, while the page itself came
// from the cache in front (docs/PERFORMANCE.md, "Prefetching"). That cache keeps a prefetch only
// for readers of the same page, a second at a time, so across the archive most would reach the
// app. Instead this one listener, in the root layout, prefetches a link when the reader points at
// it, touches it or reaches it with the keyboard, once per link and page (which links count:
// lib/intent-prefetch-path.ts). One listener rather than a wrapper per link: a client component
// around each of a page's hundred links cost 1–3 ms of every server render (measured), plus a
// component to hydrate per link. Links Next renders with its default (the newsroom's) already
// prefetch; asking again is free (the router keeps what it fetched).
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { intentPrefetchPath } from "@/lib/intent-prefetch-path";

/** What counts as reaching for a link: a pointer over it, a touch, keyboard focus. */
const INTENT_EVENTS = ["pointerover", "touchstart", "focusin"] as const;

export function IntentPrefetch() {
  const router = useRouter();
  // A new page (a client-side navigation) starts a new set of links asked for.
  const pathname = usePathname();
  useEffect(() => {
    const asked = new Set<string>();
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const path = intentPrefetchPath(link, window.location);
      if (!path || asked.has(path)) return;
      asked.add(path);
      router.prefetch(path);
    };
    const options = { capture: true, passive: true };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, options);
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, options);
    };
  }, [router, pathname]);
  return null;
}
