"use client";
// A photo gallery: a grid of thumbnails that opens a full-size viewer in a modal <dialog>.
// Keyboard: Enter opens, ←/→ move, Escape closes (focus returns to the thumbnail).
// Without JavaScript each thumbnail is a plain link to the full image.
import Image from "next/image";
import { useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { BodyImage } from "@/lib/rich-text";
import type { Edition } from "@/lib/i18n/editions";
import { mediaLabels } from "@/lib/i18n/media-labels";

export function GalleryViewer({ title, images, edition }: { title: string; images: BodyImage[]; edition: Edition }) {
  const t = mediaLabels(edition);
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0]!;
  const move = (step: number) => setIndex((i) => (i + step + images.length) % images.length);

  function open(event: MouseEvent, i: number) {
    event.preventDefault();
    setIndex(i);
    dialog.current?.showModal();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "ArrowRight") move(1);
    else if (event.key === "ArrowLeft") move(-1);
    else return;
    event.preventDefault();
  }

  return (
    <>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {images.map((image, i) => (
          <li key={`${image.src}-${i}`}>
            <a href={image.src} onClick={(e) => open(e, i)} className="block overflow-hidden rounded focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-red-700">
              <Image src={image.src} alt={image.alt} width={image.width} height={image.height} sizes="(min-width: 640px) 250px, 50vw" className="aspect-[4/3] h-auto w-full bg-neutral-100 object-cover transition hover:scale-105 dark:bg-neutral-800" />
              <span className="sr-only">{t.openPhoto(i + 1, images.length)}</span>
            </a>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        aria-label={t.photoOf(title, index + 1, images.length)}
        onKeyDown={onKeyDown}
        className="m-auto max-h-[95vh] w-[min(96vw,1100px)] rounded bg-neutral-950 p-4 text-white backdrop:bg-black/80"
      >
        <div className="flex items-center justify-between gap-3 font-sans text-sm">
          <p aria-live="polite">
            {index + 1} / {images.length}
          </p>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-neutral-600 px-3 py-1" autoFocus>
            {t.close}
          </button>
        </div>
        <figure className="mt-3">
          <Image src={current.src} alt={current.alt} width={current.width} height={current.height} sizes="96vw" className="mx-auto h-auto max-h-[70vh] w-auto rounded" />
          <figcaption className="mt-2 font-sans text-sm text-neutral-300">
            {current.caption} {current.credit ? <span className="text-neutral-400">{current.credit}</span> : null}
          </figcaption>
        </figure>
        <div className="mt-3 flex justify-between font-sans">
          <button type="button" onClick={() => move(-1)} className="rounded border border-neutral-600 px-3 py-1">
            {t.previousPhoto}
          </button>
          <button type="button" onClick={() => move(1)} className="rounded border border-neutral-600 px-3 py-1">
            {t.nextPhoto}
          </button>
        </div>
      </dialog>
    </>
  );
}
