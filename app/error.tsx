"use client";
// Unexpected failures land here; the digest ties the page to the server log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 text-center">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">
        We could not load this page. Please try again in a moment.
        {error.digest ? <span className="block text-sm text-neutral-500">Reference: {error.digest}</span> : null}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
        Try again
      </button>
    </main>
  );
}
