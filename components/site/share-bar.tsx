// Share links for the networks our readers use, as plain links (no third-party scripts), plus the
// device's own share sheet where the browser offers one.
import { NativeShareButton } from "@/components/site/native-share-button";

export function shareLinks(url: string, title: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "VK", href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { name: "OK", href: `https://connect.ok.ru/offer?url=${u}&title=${t}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: "Email", href: `mailto:?subject=${t}&body=${u}` },
  ];
}

/** `bookmark`: the save button for signed-in readers; otherwise `bookmarkHref` links to sign in. */
export function ShareBar({ url, title, bookmarkHref, bookmark }: { url: string; title: string; bookmarkHref: string | null; bookmark?: React.ReactNode }) {
  return (
    <nav aria-label="Share this story" className="flex flex-wrap items-center gap-2 text-sm">
      {bookmark ? <span className="mr-2">{bookmark}</span> : null}
      {!bookmark && bookmarkHref ? (
        <a href={bookmarkHref} className="mr-2 rounded border border-neutral-300 px-2 py-1 font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
          <span aria-hidden="true">☆ </span>Bookmark<span className="sr-only"> (sign in to save stories)</span>
        </a>
      ) : null}
      <span className="font-semibold">Share:</span>
      {shareLinks(url, title).map((link) => (
        <a
          key={link.name}
          href={link.href}
          target={link.name === "Email" ? undefined : "_blank"}
          rel="noopener noreferrer"
          className="rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
        >
          {link.name}
          {link.name === "Email" ? null : <span className="sr-only"> (opens in a new tab)</span>}
        </a>
      ))}
      <NativeShareButton url={url} title={title} />
    </nav>
  );
}
