// Site footer.
export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="mt-16 border-t border-neutral-200 py-8 text-sm text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
      <div className="mx-auto max-w-6xl px-4">
        <p>
          {siteName} is an open-source news publication. All demo content is fictional.
        </p>
      </div>
    </footer>
  );
}
