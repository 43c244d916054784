"use client";
// Light/dark switch. The choice is remembered in localStorage; without one the page follows the
// system setting (applied before paint by the inline script in the root layout).
import { useSyncExternalStore } from "react";

type Theme = "light" | "dark";

// The theme lives on <html data-theme>; React reads it from there and re-renders when it changes.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  const followSystem = (e: MediaQueryListEvent) => {
    if (!localStorage.getItem("theme")) document.documentElement.dataset.theme = e.matches ? "dark" : "light";
  };
  media.addEventListener("change", followSystem);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", followSystem);
  };
}

const readTheme = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

export function ThemeToggle({ label = "Dark mode", title = "Switch between light and dark" }: { label?: string; title?: string }) {
  const theme = useSyncExternalStore<Theme | null>(subscribe, readTheme, () => null);

  function toggle() {
    const next: Theme = readTheme() === "dark" ? "light" : "dark";
    localStorage.setItem("theme", next);
    document.documentElement.dataset.theme = next;
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === "dark"}
      className="rounded border border-neutral-300 px-2 py-1 text-sm dark:border-neutral-700"
      title={title}
    >
      <span aria-hidden="true">{theme === "dark" ? "☀" : "☾"}</span>
      <span className="sr-only">{label}</span>
    </button>
  );
}
