"use client";
// True once React has hydrated this island. Buttons that call server actions stay disabled until
// then, so a click that lands before the JavaScript is ready is not silently lost.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
