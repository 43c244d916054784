"use client";
// Video and audio with our own accessible controls: play/pause, back and forward 10 seconds, mute,
// captions, and a seek slider with spoken time. The server renders the browser's native controls,
// so the media still plays without JavaScript; after hydration ours replace them.
import { useRef, useState, useSyncExternalStore, type RefObject } from "react";
import type { Edition } from "@/lib/i18n/editions";
import { mediaLabels } from "@/lib/i18n/media-labels";

type Source = { src: string; type: string };
const noSubscription = () => () => undefined;
const STEP = 10;

type MediaElement = HTMLVideoElement & HTMLAudioElement;

// Reads a property of the media element and re-renders when one of its events fires. Reading the
// element (rather than only listening) matters: metadata often loads before React hydrates, so
// the first "loadedmetadata" event can pass before any listener exists.
function useMediaValue<T extends number | boolean>(media: RefObject<MediaElement | null>, events: string, read: (el: MediaElement) => T, fallback: T): T {
  // React Compiler memoizes this; a new function would only mean a fresh subscription.
  const subscribe = (onChange: () => void) => {
    const el = media.current;
    if (!el) return () => undefined;
    const names = events.split(" ");
    for (const e of names) el.addEventListener(e, onChange);
    return () => {
      for (const e of names) el.removeEventListener(e, onChange);
    };
  };
  return useSyncExternalStore(subscribe, () => (media.current ? read(media.current) : fallback), () => fallback);
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds || 0));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function MediaPlayer({ kind, title, sources, poster, captions, edition }: { kind: "video" | "audio"; title: string; sources: Source[]; poster: string | null; captions: string | null; edition: Edition }) {
  const t = mediaLabels(edition);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const media = useRef<MediaElement>(null);
  const playing = useMediaValue(media, "play pause ended", (el) => !el.paused, false);
  const muted = useMediaValue(media, "volumechange", (el) => el.muted, false);
  const time = useMediaValue(media, "timeupdate seeked", (el) => el.currentTime, 0);
  const duration = useMediaValue(media, "loadedmetadata durationchange", (el) => (Number.isFinite(el.duration) ? el.duration : 0), 0);
  const [captionsOn, setCaptionsOn] = useState(true);

  const el = () => media.current;
  const seek = (to: number) => {
    const m = el();
    if (m) m.currentTime = Math.min(Math.max(0, to), m.duration || to);
  };
  function toggleCaptions() {
    const track = el()?.textTracks[0];
    if (!track) return;
    track.mode = captionsOn ? "hidden" : "showing";
    setCaptionsOn(!captionsOn);
  }

  const Tag = kind;
  const button = "rounded border border-neutral-400 px-3 py-1 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800";
  return (
    <div className="font-sans" data-testid={`${kind}-player`}>
      <Tag
        ref={media}
        controls={!hydrated}
        preload="metadata"
        poster={kind === "video" ? (poster ?? undefined) : undefined}
        playsInline
        aria-label={title}
        className={kind === "video" ? "aspect-video w-full rounded bg-black" : "w-full"}
      >
        {sources.map((s) => (
          <source key={s.src} src={s.src} type={s.type} />
        ))}
        {captions && kind === "video" ? <track kind="captions" src={captions} srcLang={edition} label={t.captionsLanguage} default /> : null}
      </Tag>
      {hydrated ? (
        <div role="group" aria-label={t.playerControls(title)} className="mt-2 flex flex-wrap items-center gap-2">
          <button type="button" className={button} onClick={() => (playing ? el()?.pause() : void el()?.play().catch(() => undefined))}>
            {playing ? t.pause : t.play}
          </button>
          <button type="button" className={button} onClick={() => seek((el()?.currentTime ?? 0) - STEP)} aria-label={t.back(STEP)}>
            −{t.seconds(STEP)}
          </button>
          <button type="button" className={button} onClick={() => seek((el()?.currentTime ?? 0) + STEP)} aria-label={t.forward(STEP)}>
            +{t.seconds(STEP)}
          </button>
          <button type="button" className={button} aria-pressed={muted} onClick={() => el() && (el()!.muted = !el()!.muted)}>
            {t.mute}
          </button>
          {captions && kind === "video" ? (
            <button type="button" className={button} aria-pressed={captionsOn} onClick={toggleCaptions}>
              {t.captions}
            </button>
          ) : null}
          <label className="flex min-w-40 flex-1 items-center gap-2 text-sm">
            <span className="sr-only">{t.seek}</span>
            <input
              type="range"
              min={0}
              max={Math.max(1, Math.floor(duration || 0))}
              step={1}
              value={Math.floor(time)}
              onChange={(e) => seek(Number(e.currentTarget.value))}
              aria-valuetext={t.timeOf(clock(time), clock(duration))}
              className="flex-1 accent-red-700"
            />
            <span aria-hidden="true" className="tabular-nums">
              {clock(time)} / {clock(duration)}
            </span>
          </label>
        </div>
      ) : null}
    </div>
  );
}
