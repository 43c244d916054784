// The words of the article body's interactive parts (the video and audio player, the gallery
// viewer), per edition. Client components import this small table directly and get only the
// edition as a prop, so neither the whole dictionary nor a copy of these strings per player
// travels to the browser. English is the reference; a key missing in Russian is a compile error.
import type { Edition } from "@/lib/i18n/editions";

const en = {
  playerControls: (title: string) => `${title}: player controls`,
  play: "Play",
  pause: "Pause",
  back: (s: number) => `Back ${s} seconds`,
  forward: (s: number) => `Forward ${s} seconds`,
  seconds: (s: number) => `${s}s`,
  mute: "Mute",
  captions: "Captions",
  captionsLanguage: "English",
  seek: "Seek",
  timeOf: (now: string, total: string) => `${now} of ${total}`,
  openPhoto: (n: number, total: number) => `Open photo ${n} of ${total} in the viewer`,
  photoOf: (title: string, n: number, total: number) => `${title}: photo ${n} of ${total}`,
  close: "Close",
  previousPhoto: "← Previous photo",
  nextPhoto: "Next photo →",
};

export type MediaLabels = { [K in keyof typeof en]: (typeof en)[K] };

const ru: MediaLabels = {
  playerControls: (title) => `${title}: управление воспроизведением`,
  play: "Воспроизвести",
  pause: "Пауза",
  back: (s) => `Назад на ${s} секунд`,
  forward: (s) => `Вперёд на ${s} секунд`,
  seconds: (s) => `${s} с`,
  mute: "Без звука",
  captions: "Субтитры",
  captionsLanguage: "Русский",
  seek: "Перемотка",
  timeOf: (now, total) => `${now} из ${total}`,
  openPhoto: (n, total) => `Открыть фото ${n} из ${total} в просмотрщике`,
  photoOf: (title, n, total) => `${title}: фото ${n} из ${total}`,
  close: "Закрыть",
  previousPhoto: "← Предыдущее фото",
  nextPhoto: "Следующее фото →",
};

const LABELS: Record<Edition, MediaLabels> = { en, ru };

export function mediaLabels(edition: Edition): MediaLabels {
  return LABELS[edition];
}
