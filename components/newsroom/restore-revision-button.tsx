"use client";
// Restores a revision (a new save on top of the version this page was loaded at) and opens the
// editor; a stale page gets the usual "changed by" refusal instead of overwriting anything.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { restoreRevisionAction } from "@/app/(newsroom)/newsroom/articles/actions";

export function RestoreRevisionButton({ articleId, version, revisionId, label }: { articleId: number; version: number; revisionId: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="underline disabled:opacity-50"
        onClick={() =>
          start(async () => {
            const result = await restoreRevisionAction({ id: articleId, version, revisionId });
            if (result.ok) router.push(`/newsroom/articles/${articleId}`);
            else setError(result.error);
          })
        }
      >
        Restore {label}
      </button>
      {error ? (
        <span className="ml-2 text-red-800 dark:text-red-300" data-testid="form-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
