// Media nodes of an article body: inline images, galleries, video and audio. Sources must be our
// own files (safeMediaSrc); anything else is dropped rather than embedded.
import Image from "next/image";
import { readBodyImage, safeMediaSrc, type BodyImage } from "@/lib/rich-text";
import { GalleryViewer } from "@/components/site/gallery-viewer";
import { MediaPlayer } from "@/components/site/media-player";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";

type Attrs = Record<string, unknown> | undefined;
type MediaProps = { attrs: Attrs; edition: Edition };

function Caption({ caption, credit }: { caption: string | null; credit: string | null }) {
  if (!caption && !credit) return null;
  return (
    <figcaption className="mt-2 font-sans text-sm text-neutral-600 dark:text-neutral-400">
      {caption} {credit ? <span className="text-neutral-500 dark:text-neutral-400">{credit}</span> : null}
    </figcaption>
  );
}

export function BodyImageFigure({ attrs }: { attrs: Attrs }) {
  const image = readBodyImage(attrs);
  if (!image) return null;
  return (
    <figure>
      <Image src={image.src} alt={image.alt} width={image.width} height={image.height} sizes="(min-width: 768px) 768px, 100vw" className="h-auto w-full rounded bg-neutral-100 dark:bg-neutral-800" />
      <Caption caption={image.caption} credit={image.credit} />
    </figure>
  );
}

export function Gallery({ attrs, edition }: MediaProps) {
  const t = dictionary(edition);
  const raw = Array.isArray(attrs?.images) ? (attrs.images as unknown[]) : [];
  const images = raw.slice(0, 50).map(readBodyImage).filter((i): i is BodyImage => i !== null);
  if (!images.length) return null;
  const title = typeof attrs?.title === "string" ? attrs.title.slice(0, 200) : t.photoGallery;
  return (
    <figure className="not-prose" data-testid="gallery">
      <GalleryViewer title={title} images={images} edition={edition} />
      <figcaption className="mt-2 font-sans text-sm text-neutral-600 dark:text-neutral-400">
        {title} · {t.photoCount(images.length)}
      </figcaption>
    </figure>
  );
}

function sources(attrs: Attrs, keys: [string, string][]) {
  return keys
    .map(([key, type]) => ({ src: safeMediaSrc(attrs?.[key]), type }))
    .filter((s): s is { src: string; type: string } => s.src !== null);
}

export function VideoEmbed({ attrs, edition }: MediaProps) {
  const t = dictionary(edition);
  const srcs = sources(attrs, [["webm", "video/webm"], ["src", "video/mp4"]]);
  if (!srcs.length) return null;
  const title = typeof attrs?.title === "string" ? attrs.title.slice(0, 200) : t.video;
  return (
    <figure>
      <MediaPlayer kind="video" title={title} sources={srcs} poster={safeMediaSrc(attrs?.poster)} captions={safeMediaSrc(attrs?.captions)} edition={edition} />
      <figcaption className="mt-2 font-sans text-sm text-neutral-600 dark:text-neutral-400">{title}</figcaption>
    </figure>
  );
}

export function AudioEmbed({ attrs, edition }: MediaProps) {
  const t = dictionary(edition);
  const srcs = sources(attrs, [["ogg", "audio/ogg"], ["src", "audio/mpeg"]]);
  if (!srcs.length) return null;
  const title = typeof attrs?.title === "string" ? attrs.title.slice(0, 200) : t.audio;
  const transcript = typeof attrs?.transcript === "string" ? attrs.transcript.slice(0, 5000) : null;
  return (
    <figure className="rounded border border-neutral-200 p-4 dark:border-neutral-800">
      <figcaption className="mb-2 font-sans text-sm font-semibold">{title}</figcaption>
      <MediaPlayer kind="audio" title={title} sources={srcs} poster={null} captions={safeMediaSrc(attrs?.captions)} edition={edition} />
      {transcript ? (
        <details className="mt-3 font-sans text-sm">
          <summary className="cursor-pointer font-semibold">{t.transcript}</summary>
          <p className="mt-2 whitespace-pre-line">{transcript}</p>
        </details>
      ) : null}
    </figure>
  );
}
