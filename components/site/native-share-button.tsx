"use client";
// The Web Share API's share sheet; rendered only where the browser supports it.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

export function NativeShareButton({ url, title, label = "More…" }: { url: string; title: string; label?: string }) {
  const supported = useSyncExternalStore(noSubscription, () => typeof navigator.share === "function", () => false);
  if (!supported) return null;
  return (
    <button
      type="button"
      onClick={() => void navigator.share({ url, title }).catch(() => undefined)}
      className="rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
    >
      {label}
    </button>
  );
}
