"use client";
// Counts one read per page view for "most read", after the page has loaded. No cookies, no ids.
import { useEffect } from "react";

export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const url = `/api/views/${articleId}`;
    if (!navigator.sendBeacon?.(url)) void fetch(url, { method: "POST", keepalive: true }).catch(() => undefined);
  }, [articleId]);
  return null;
}
