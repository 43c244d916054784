// 403: signed in, but without the role this page needs.
import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">Error 403</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">You do not have access to this page</h1>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">The newsroom is for the publication&apos;s staff. If you should have access, ask an administrator.</p>
      <p className="mt-6">
        <Link prefetch={false} href="/" className="font-semibold text-red-800 underline dark:text-red-300">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}
