// Rich media for a few demo stories: a photo gallery, an inline image, a video and an audio piece.
// Each entry is inserted into the story's body after the given paragraph count.
import type { RichNode } from "@/lib/rich-text";

const credit = "Illustration: Dateline demo";
const ruCredit = "Иллюстрация: Dateline demo";

export const demoMediaInserts: { headline: string; afterBlock: number; node: RichNode }[] = [
  {
    headline: "48 hours in Calvera: tiled alleys, harbour cafés and the best fish stew on the coast",
    afterBlock: 2,
    node: {
      type: "gallery",
      attrs: {
        title: "Around Calvera in pictures",
        images: [
          { src: "/demo/travel-2.jpg", width: 1600, height: 900, alt: "Illustration of a red-and-white lighthouse on a cliff above a turquoise sea, with a sailing boat and a sandy beach", caption: "The lighthouse at the end of the harbour wall.", credit },
          { src: "/demo/world-2.jpg", width: 1600, height: 900, alt: "Illustration of a harbour with a container ship moored beside tall yellow and red cranes", caption: "The working port, seen from the ferry terminal.", credit },
          { src: "/demo/world-1.jpg", width: 1600, height: 900, alt: "Illustration of a city skyline at dusk, with lit office windows reflected in a river", caption: "The old town's skyline at dusk.", credit },
          { src: "/demo/travel-1.jpg", width: 1600, height: 900, alt: "Illustration of a road winding through green hills and pine trees towards snow-capped mountains", caption: "The coast road inland towards the hills.", credit },
        ],
      },
    },
  },
  {
    headline: "Night train to Sosnovy Mys returns after three-year pause, reconnecting Arctic port",
    afterBlock: 3,
    node: {
      type: "image",
      attrs: { src: "/demo/russia-3.jpg", width: 1600, height: 900, alt: "Illustration of a steel arched bridge spanning a wide river at sunset, with the sun reflected in the water", caption: "The line crosses the river on a rebuilt steel bridge.", credit },
    },
  },
  {
    headline: "Dockworkers’ strike at Port Aldric leaves 140 ships waiting at anchor",
    afterBlock: 1,
    node: {
      type: "video",
      attrs: {
        title: "Video: ships wait at anchor as the Port Aldric strike enters its second day (synthetic narration)",
        src: "/demo/media/harbour-briefing.mp4",
        webm: "/demo/media/harbour-briefing.webm",
        poster: "/demo/media/harbour-briefing-poster.jpg",
        captions: "/demo/media/harbour-briefing.vtt",
      },
    },
  },
  {
    headline: "Belozorsk drama theatre reopens four years after fire, its painted ceiling restored",
    afterBlock: 2,
    node: {
      type: "audio",
      attrs: {
        title: "Listen: the theatre's director on reopening night (synthetic voices)",
        src: "/demo/media/culture-interview.mp3",
        ogg: "/demo/media/culture-interview.ogg",
        transcript: [
          "Presenter: This is Culture Desk. Four years after a fire destroyed its stage, the drama theatre in Belozorsk opened its doors again on Saturday night. I asked its artistic director what the audience found.",
          "Director: Mostly, they found the theatre they remember. We cleaned the painted ceiling, rebuilt the stage, and added a lift so everyone can reach the balcony.",
          "Presenter: And the first production?",
          "Director: A new play, written by local students, about the river floods of their grandparents' time. Tickets are free for the opening week, because this building belongs to the town.",
          "Presenter: For Culture Desk, in Belozorsk.",
        ].join("\n\n"),
      },
    },
  },
  // The Russian edition's stories get their own gallery and video, with Russian words throughout.
  {
    headline: "Зимний маршрут по Верее: три дня на снегоходах от Кедрогорска до устья",
    afterBlock: 2,
    node: {
      type: "gallery",
      attrs: {
        title: "Верея зимой в фотографиях",
        images: [
          { src: "/demo/ru/travel-1.jpg", width: 1600, height: 900, alt: "Иллюстрация: заснеженная равнина с деревянной избой и северным сиянием над горизонтом", caption: "Первая ночёвка: изба у слияния Вереи и Ключевой.", credit: ruCredit },
          { src: "/demo/ru/russia-1.jpg", width: 1600, height: 900, alt: "Иллюстрация: заснеженный город у реки, над крышами поднимается дым из труб", caption: "Кедрогорск утром в день выезда.", credit: ruCredit },
          { src: "/demo/ru/russia-3.jpg", width: 1600, height: 900, alt: "Иллюстрация: улица северного города с автобусной остановкой и невысокими домами", caption: "Последняя остановка автобуса перед рекой.", credit: ruCredit },
          { src: "/demo/ru/travel-2.jpg", width: 1600, height: 900, alt: "Иллюстрация: замёрзшее озеро с катающимися людьми на фоне старого города", caption: "Каток на старице у устья.", credit: ruCredit },
        ],
      },
    },
  },
  {
    headline: "Порт Сальмира впервые за год принял контейнеровоз с зерном",
    afterBlock: 1,
    node: {
      type: "video",
      attrs: {
        title: "Видео: у соседнего порта Олдрик на рейде ждут более 140 судов (синтетическая озвучка на английском, русские субтитры)",
        src: "/demo/media/harbour-briefing.mp4",
        webm: "/demo/media/harbour-briefing.webm",
        poster: "/demo/media/harbour-briefing-poster.jpg",
        captions: "/demo/media/harbour-briefing.ru.vtt",
      },
    },
  },
];
