// Share links for the networks our readers use, as plain links (no third-party scripts), plus the
// device's own share sheet where the browser offers one.
import { NativeShareButton } from "@/components/site/native-share-button";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";

export function shareLinks(url: string, title: string, emailLabel = "Email") {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "VK", href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { name: "OK", href: `https://connect.ok.ru/offer?url=${u}&title=${t}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: emailLabel, email: true, href: `mailto:?subject=${t}&body=${u}` },
  ];
}

/** `bookmark`: the save button for signed-in readers; otherwise `bookmarkHref` links to sign in. */
export function ShareBar({ url, title, bookmarkHref, bookmark, edition = "en" }: { url: string; title: string; bookmarkHref: string | null; bookmark?: React.ReactNode; edition?: Edition }) {
  const t = dictionary(edition);
  return (
    <nav aria-label={t.shareThisStory} className="flex flex-wrap items-center gap-2 text-sm">
      {bookmark ? <span className="mr-2">{bookmark}</span> : null}
      {!bookmark && bookmarkHref ? (
        <a href={bookmarkHref} className="mr-2 rounded border border-neutral-300 px-2 py-1 font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
          <span aria-hidden="true">☆ </span>
          {t.bookmark}
          <span className="sr-only">{t.signInToSave}</span>
        </a>
      ) : null}
      <span className="font-semibold">{t.share}</span>
      {shareLinks(url, title, t.email).map((link) => (
        <a
          key={link.name}
          href={link.href}
          target={"email" in link ? undefined : "_blank"}
          rel="noopener noreferrer"
          className="rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
        >
          {link.name}
          {"email" in link ? null : <span className="sr-only">{t.opensInNewTab}</span>}
        </a>
      ))}
      <NativeShareButton url={url} title={title} label={t.moreShare} />
    </nav>
  );
}
