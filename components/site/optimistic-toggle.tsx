"use client";
// An on/off button backed by a server action (save a story, follow a topic): it flips at once
// (useOptimistic); the action's answer, and the page refresh it triggers, then settle it, so a
// refused change flips back with the reason beside the button.
import { useOptimistic, useState, useTransition, type ReactNode } from "react";
import { useHydrated } from "@/components/site/use-hydrated";
import type { ActionResult } from "@/lib/actions/safe-action";

type Props = {
  on: boolean;
  /** Asks the server for the new state. */
  send: (next: boolean) => Promise<ActionResult>;
  /** What to say when the server cannot be reached, and when it refuses without a reason. */
  messages: { unreachable: string; refused: string };
  testId: string;
  errorTestId?: string;
  className: string;
  children: (on: boolean) => ReactNode;
};

export function OptimisticToggle({ on, send, messages, testId, errorTestId, className, children }: Props) {
  const [optimistic, setOptimistic] = useOptimistic(on);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const hydrated = useHydrated();

  function toggle() {
    const next = !optimistic;
    setError(null);
    startTransition(async () => {
      setOptimistic(next);
      const result = await send(next).catch(() => ({ ok: false as const, errors: { form: messages.unreachable } }));
      if (!result.ok) setError(result.errors.form ?? Object.values(result.errors)[0] ?? messages.refused);
    });
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={toggle} disabled={!hydrated} aria-pressed={optimistic} data-testid={testId} className={className}>
        {children(optimistic)}
      </button>
      {error ? (
        <span role="alert" data-testid={errorTestId} className="text-sm text-red-800 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </span>
  );
}
