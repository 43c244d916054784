/**
 * Renders the demo illustrations used by the seed content into public/demo.
 *
 *   cd /work/main && npx tsx scripts/make-demo-images.ts
 *
 * Every picture is an SVG built from simple shapes and rasterised with sharp.
 * Randomness comes from a seeded PRNG, so the output is deterministic.
 * The pictures contain no text. What each one shows is listed in PICTURES
 * below; the alt text in prisma/demo/articles-*.ts describes the same scenes.
 */
import sharp from "sharp";
import { mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { demoAuthors, demoSections } from "../prisma/demo/content";

const W = 1600;
const H = 900;
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "public", "demo");

// ---------------------------------------------------------------------------
// helpers

type Rand = {
  (): number;
  range: (a: number, b: number) => number;
  int: (a: number, b: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

/** mulberry32 seeded from a string (FNV-1a). */
function seeded(seed: string): Rand {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = next as Rand;
  r.range = (lo, hi) => lo + next() * (hi - lo);
  r.int = (lo, hi) => Math.floor(lo + next() * (hi - lo + 1));
  r.pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return r;
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function svgDoc(w: number, h: number, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs}</defs>${body}</svg>`;
}

function linear(id: string, stops: [number, string, number?][], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
  const s = stops
    .map(([o, c, op]) => `<stop offset="${o}" stop-color="${c}"${op === undefined ? "" : ` stop-opacity="${op}"`}/>`)
    .join("");
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function radial(id: string, stops: [number, string, number?][], cx = 0.5, cy = 0.5, r = 0.5, fx?: number, fy?: number): string {
  const s = stops
    .map(([o, c, op]) => `<stop offset="${o}" stop-color="${c}"${op === undefined ? "" : ` stop-opacity="${op}"`}/>`)
    .join("");
  const focus = fx === undefined ? "" : ` fx="${fx}" fy="${fy ?? cy}"`;
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}"${focus}>${s}</radialGradient>`;
}

const blur = (id: string, sd: number) =>
  `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${sd}"/></filter>`;

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = "") =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}" ${extra}/>`;

const circle = (cx: number, cy: number, r: number, fill: string, extra = "") =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}" ${extra}/>`;

const poly = (pts: [number, number][], fill: string, extra = "") =>
  `<polygon points="${pts.map(([x, y]) => `${f(x)},${f(y)}`).join(" ")}" fill="${fill}" ${extra}/>`;

/** A jagged or rolling ridge line from x=0 to x=W, closed down to the bottom. */
function ridge(r: Rand, baseY: number, amp: number, step: number, fill: string, extra = "", bottom = H): string {
  const pts: [number, number][] = [[0, bottom]];
  for (let x = 0; x <= W + step; x += step) pts.push([Math.min(x, W), baseY - r.range(0, amp)]);
  pts.push([W, bottom]);
  return poly(pts, fill, extra);
}

/** A soft cloud made of overlapping circles. */
function cloud(r: Rand, cx: number, cy: number, scale: number, fill: string, opacity = 1): string {
  let out = `<g fill="${fill}" opacity="${opacity}">`;
  const n = r.int(5, 8);
  for (let i = 0; i < n; i++) {
    const dx = (i / (n - 1) - 0.5) * 220 * scale;
    const rr = (40 + r.range(0, 45) * Math.sin((Math.PI * (i + 0.5)) / n)) * scale;
    out += circle(cx + dx, cy - rr * 0.35, rr, fill);
  }
  out += rect(cx - 130 * scale, cy - 20 * scale, 260 * scale, 40 * scale, fill, `rx="${f(20 * scale)}"`);
  return out + "</g>";
}

// ---------------------------------------------------------------------------
// WORLD — dusk skyline, harbour, domed assembly building

function worldSkyline(r: Rand): string {
  const horizon = 640;
  const defs =
    linear("sky", [[0, "#141638"], [0.45, "#4a2b62"], [0.78, "#c5566b"], [1, "#f6a45b"]]) +
    linear("river", [[0, "#3a2447"], [1, "#0f0d20"]]) +
    radial("sun", [[0, "#ffe0a3", 1], [0.35, "#ffb86b", 0.6], [1, "#ff8a5b", 0]]);
  let b = rect(0, 0, W, horizon, "url(#sky)");
  b += circle(1090, 600, 260, "url(#sun)");
  b += circle(1090, 610, 80, "#ffd28f");
  // distant towers
  let x = -20;
  while (x < W) {
    const w = r.range(40, 110);
    const h = r.range(110, 300);
    b += rect(x, horizon - h, w, h, "#3b2452", 'opacity="0.85"');
    x += w + r.range(-10, 8);
  }
  // near towers with lit windows
  x = -30;
  let windows = "";
  while (x < W) {
    const w = r.range(60, 150);
    const h = r.range(140, 430);
    const top = horizon - h;
    b += rect(x, top, w, h, "#17132b");
    if (r() < 0.35) b += rect(x + w / 2 - 2, top - r.range(30, 80), 4, 80, "#17132b");
    if (r() < 0.3) b += rect(x + w * 0.15, top - 24, w * 0.7, 26, "#17132b");
    for (let wy = top + 18; wy < horizon - 20; wy += 28) {
      for (let wx = x + 10; wx < x + w - 16; wx += 20) {
        if (r() < 0.16) windows += rect(wx, wy, 9, 13, r() < 0.8 ? "#ffcf73" : "#a9d2ff");
      }
    }
    x += w + r.range(0, 14);
  }
  b += `<g opacity="0.9">${windows}</g>`;
  b += rect(0, horizon, W, H - horizon, "url(#river)");
  // reflections and ripples
  for (let i = 0; i < 70; i++) {
    const y = horizon + 8 + Math.pow(r(), 1.4) * (H - horizon - 10);
    const cx = 1090 + r.range(-1, 1) * (40 + (y - horizon) * 0.6);
    const w = r.range(30, 160);
    b += rect(cx - w / 2, y, w, r.range(2, 5), "#f6a45b", `opacity="${f(r.range(0.25, 0.7))}" rx="2"`);
  }
  for (let i = 0; i < 90; i++) {
    const y = horizon + 6 + r() * (H - horizon - 10);
    b += rect(r.range(0, W), y, r.range(8, 40), 2, "#ffcf73", `opacity="${f(r.range(0.1, 0.35))}"`);
  }
  return svgDoc(W, H, defs, b);
}

function worldHarbour(r: Rand): string {
  const horizon = 560;
  const defs =
    linear("sky", [[0, "#8ec5e8"], [1, "#f6e4c8"]]) +
    linear("sea", [[0, "#3a7ca5"], [1, "#17394f"]]) +
    linear("hull", [[0, "#9a3431"], [1, "#6d2323"]]);
  let b = rect(0, 0, W, horizon, "url(#sky)");
  b += cloud(r, 300, 160, 0.9, "#ffffff", 0.7) + cloud(r, 1250, 120, 1.1, "#ffffff", 0.6);
  b += ridge(r, horizon - 40, 60, 80, "#8aa5bb", "", horizon + 2);
  b += ridge(r, horizon - 10, 25, 60, "#6f8ea6", "", horizon + 2);
  b += rect(0, horizon, W, H - horizon, "url(#sea)");
  // quay
  b += poly([[980, 720], [W, 690], [W, H], [900, H]], "#4b4f57");
  b += rect(900, 700, W - 900, 14, "#6a6f78", 'transform="rotate(-1.6 900 700)"');
  // cranes
  const craneColours = ["#e3a72f", "#d9534f", "#e3a72f"];
  [1080, 1280, 1470].forEach((cx, i) => {
    const col = craneColours[i] ?? "#e3a72f";
    const top = 250 + i * 10;
    b += rect(cx - 60, top, 14, 720 - top, col) + rect(cx + 50, top, 14, 715 - top, col);
    b += rect(cx - 70, top + 130, 140, 10, col);
    b += `<path d="M${cx - 53} ${top + 140} L${cx + 57} ${top + 300} M${cx + 57} ${top + 140} L${cx - 53} ${top + 300}" stroke="${col}" stroke-width="6"/>`;
    b += rect(cx - 330, top, 420, 18, col); // boom reaching over the water
    b += rect(cx - 20, top - 40, 70, 44, col);
    b += `<path d="M${cx - 320} ${top + 9} L${cx} ${top - 80} L${cx + 80} ${top + 9}" stroke="${col}" stroke-width="4" fill="none"/>`;
    b += rect(cx - 150 - i * 20, top + 18, 3, 120 + i * 20, "#333");
    b += rect(cx - 165 - i * 20, top + 138 + i * 20, 32, 12, "#333");
  });
  // ship
  const sx = 120;
  const deck = 600;
  b += poly([[sx, deck], [sx + 860, deck], [sx + 830, deck + 95], [sx + 40, deck + 95]], "url(#hull)");
  b += rect(sx + 30, deck + 78, 810, 17, "#2b2b33");
  b += rect(sx + 20, deck - 120, 110, 120, "#f1f1ee") + rect(sx + 40, deck - 150, 70, 30, "#f1f1ee");
  for (let i = 0; i < 5; i++) b += rect(sx + 30 + i * 20, deck - 105, 12, 10, "#2c3e50");
  b += rect(sx + 70, deck - 190, 18, 42, "#2f3640");
  const boxColours = ["#d9534f", "#3b7dd8", "#f0ad4e", "#5cb85c", "#6f6f8f", "#e8e2d0", "#2a8f8a"];
  for (let cx = sx + 150; cx < sx + 820; cx += 44) {
    const stack = r.int(2, 5);
    for (let k = 0; k < stack; k++) {
      b += rect(cx, deck - 26 * (k + 1), 42, 24, r.pick(boxColours), 'stroke="#1f1f25" stroke-opacity="0.35" stroke-width="1.5"');
    }
  }
  // ripples
  for (let i = 0; i < 60; i++) {
    const y = horizon + 10 + r() * (H - horizon);
    if (y > 690 && y < 710) continue;
    b += rect(r.range(0, 900), y, r.range(20, 90), 3, "#ffffff", `opacity="${f(r.range(0.1, 0.35))}" rx="1.5"`);
  }
  // gulls
  for (let i = 0; i < 6; i++) {
    const gx = r.range(500, 1000);
    const gy = r.range(120, 300);
    const s = r.range(10, 18);
    b += `<path d="M${f(gx - s)} ${f(gy)} q${f(s / 2)} ${f(-s / 2)} ${f(s)} 0 q${f(s / 2)} ${f(-s / 2)} ${f(s)} 0" stroke="#2d3a44" stroke-width="3" fill="none"/>`;
  }
  return svgDoc(W, H, defs, b);
}

function worldAssembly(r: Rand): string {
  const defs =
    linear("sky", [[0, "#9fc1dc"], [1, "#eef3f6"]]) +
    linear("dome", [[0, "#88c0b0"], [1, "#4f8f80"]], 0, 0, 1, 0) +
    linear("stone", [[0, "#f4efe3"], [1, "#ded6c4"]]);
  let b = rect(0, 0, W, H, "url(#sky)");
  b += cloud(r, 260, 140, 1, "#ffffff", 0.8) + cloud(r, 1340, 210, 0.8, "#ffffff", 0.7);
  b += rect(0, 760, W, 140, "#7fa36b");
  b += poly([[700, 760], [900, 760], [1100, H], [500, H]], "#d8d0bf");
  // building
  b += rect(380, 520, 840, 240, "url(#stone)");
  b += rect(360, 505, 880, 22, "#e4dccb");
  for (let i = 0; i < 14; i++) {
    const cx = 410 + i * 58;
    b += rect(cx, 530, 26, 220, "#fbf8f0") + rect(cx + 20, 530, 6, 220, "#d7cfbd");
  }
  b += poly([[620, 505], [980, 505], [800, 430]], "#efe8d8");
  b += poly([[650, 498], [950, 498], [800, 445]], "#e2d9c6");
  // steps
  for (let i = 0; i < 4; i++) b += rect(600 - i * 25, 760 - i * 10 - 10, 400 + i * 50, 10, i % 2 ? "#e9e2d2" : "#d6cdb9");
  // drum and dome
  b += rect(670, 330, 260, 110, "#efe8d8");
  for (let i = 0; i < 9; i++) b += rect(685 + i * 28, 340, 12, 95, "#fbf8f0");
  b += rect(660, 320, 280, 14, "#e2d9c6");
  b += `<path d="M650 322 C650 180 730 150 800 150 C870 150 950 180 950 322 Z" fill="url(#dome)"/>`;
  for (let i = 1; i < 6; i++) {
    const x = 650 + i * 50;
    b += `<path d="M${x} 322 Q${(x + 800) / 2} 170 800 150" stroke="#3f7568" stroke-width="3" fill="none" opacity="0.6"/>`;
  }
  b += rect(785, 110, 30, 42, "#efe8d8") + `<path d="M780 112 Q800 85 820 112 Z" fill="#4f8f80"/>`;
  b += rect(798, 70, 4, 25, "#555");
  // flags
  // plain single-colour banners, so no real national flag is implied
  const bannerColours = ["#8e2c3a", "#2a6f77", "#c48a2c", "#3b4f7a"];
  [180, 260, 1340, 1420].forEach((px, i) => {
    const top = 300 + (i % 2) * 20;
    const col = bannerColours[i % bannerColours.length] ?? "#8e2c3a";
    b += rect(px, top, 6, 770 - top, "#6b6f76") + circle(px + 3, top - 4, 6, "#9a9ea5");
    const fw = 90;
    const fh = 58;
    const fx = px + 6;
    b += `<path d="M${fx} ${top + 4} q${fw / 4} -10 ${fw / 2} 0 t${fw / 2} 0 v${fh} q${-fw / 4} 10 ${-fw / 2} 0 t${-fw / 2} 0 Z" fill="${col}"/>`;
    b += `<path d="M${fx} ${top + 4 + fh * 0.7} q${fw / 4} -10 ${fw / 2} 0 t${fw / 2} 0" stroke="#000" stroke-opacity="0.12" stroke-width="6" fill="none"/>`;
  });
  // trees
  for (const tx of [80, 470, 1130, 1520]) {
    b += rect(tx - 8, 700, 16, 70, "#5a4632");
    for (let k = 0; k < 5; k++) b += circle(tx + r.range(-40, 40), 650 + r.range(-40, 30), r.range(40, 60), k % 2 ? "#3f7a44" : "#4d8c4f");
  }
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// RUSSIA — onion domes in snow, train across a snowy plain, truss bridge

function onion(cx: number, by: number, w: number, h: number, fill: string): string {
  return `<path d="M${cx - w * 0.45} ${by} C${cx - w * 0.8} ${by - h * 0.3} ${cx - w * 0.25} ${by - h * 0.55} ${cx} ${by - h} C${cx + w * 0.25} ${by - h * 0.55} ${cx + w * 0.8} ${by - h * 0.3} ${cx + w * 0.45} ${by} Z" fill="${fill}"/>`;
}

function birch(r: Rand, x: number, base: number, height: number, width: number): string {
  let out = rect(x, base - height, width, height, "#f4f2ec");
  for (let y = base - height + 10; y < base - 10; y += r.range(18, 45)) {
    out += rect(x + r.range(-2, width * 0.4), y, r.range(width * 0.3, width * 0.8), r.range(3, 7), "#2d2a2a");
  }
  for (let i = 0; i < 5; i++) {
    const y = base - height + r.range(0, height * 0.45);
    const dir = r() < 0.5 ? -1 : 1;
    out += `<path d="M${f(x + width / 2)} ${f(y)} l${f(dir * r.range(30, 90))} ${f(-r.range(30, 80))}" stroke="#4b4240" stroke-width="${f(r.range(2, 4))}" fill="none"/>`;
  }
  return out;
}

function russiaChurch(r: Rand): string {
  const defs =
    linear("sky", [[0, "#b9cde3"], [1, "#f4efe6"]]) +
    linear("snow", [[0, "#f7f9fc"], [1, "#dbe5f0"]]) +
    linear("gold", [[0, "#f0cf6a"], [1, "#b8862b"]], 0, 0, 1, 0) +
    linear("blue", [[0, "#4a7bd0"], [1, "#234b94"]], 0, 0, 1, 0);
  let b = rect(0, 0, W, H, "url(#sky)");
  b += ridge(r, 560, 30, 18, "#7a8c9e", "", 620);
  b += rect(0, 600, W, 300, "url(#snow)");
  // church
  b += rect(600, 430, 400, 280, "#f3ede2");
  b += poly([[585, 440], [1015, 440], [800, 380]], "#ffffff");
  for (let i = 0; i < 4; i++) {
    const wx = 640 + i * 90;
    b += `<path d="M${wx} 600 v-80 a20 20 0 0 1 40 0 v80 Z" fill="#3b4c63"/>`;
  }
  b += `<path d="M765 710 v-90 a35 35 0 0 1 70 0 v90 Z" fill="#6b4a33"/>`;
  // drums + domes
  const drums: [number, number, number, number, string][] = [
    [800, 380, 90, 170, "url(#gold)"],
    [660, 430, 56, 110, "url(#blue)"],
    [940, 430, 56, 110, "url(#blue)"],
  ];
  for (const [cx, top, w, h, fill] of drums) {
    b += rect(cx - w / 2, top - h * 0.55, w, h * 0.55, "#f3ede2");
    b += rect(cx - w / 2 - 4, top - h * 0.55 - 6, w + 8, 8, "#ffffff");
    b += onion(cx, top - h * 0.55 - 4, w * 1.35, h * 0.95, fill);
    b += rect(cx - 2, top - h * 1.5 - 40, 4, 44, "#b8862b");
  }
  // bell tower
  b += rect(420, 320, 110, 390, "#f3ede2");
  b += `<path d="M440 460 v-60 a15 15 0 0 1 30 0 v60 Z M480 460 v-60 a15 15 0 0 1 30 0 v60 Z" fill="#3b4c63"/>`;
  b += poly([[410, 325], [540, 325], [475, 170]], "#2f6b4f");
  b += onion(475, 172, 40, 60, "url(#gold)");
  // houses with snowy roofs
  const houses = [80, 210, 1090, 1230, 1380];
  for (const hx of houses) {
    const hw = r.range(110, 140);
    const hh = r.range(90, 120);
    const base = 720 + r.range(-10, 20);
    b += rect(hx, base - hh, hw, hh, r.pick(["#8a5a3c", "#6d8a6a", "#a0644a", "#7b6a9a"]));
    b += poly([[hx - 14, base - hh + 6], [hx + hw + 14, base - hh + 6], [hx + hw / 2, base - hh - 62]], "#ffffff");
    b += rect(hx + hw * 0.3, base - hh * 0.65, 24, 28, "#ffd884") + rect(hx + hw * 0.6, base - hh * 0.65, 24, 28, "#ffd884");
    b += rect(hx + hw * 0.7, base - hh - 55, 14, 36, "#5c4a42");
  }
  b += birch(r, 330, 760, 330, 14) + birch(r, 1050, 780, 300, 12) + birch(r, 1545, 800, 360, 16);
  b += `<path d="M0 760 Q400 720 800 760 T1600 750 V900 H0 Z" fill="#ffffff" opacity="0.7"/>`;
  let flakes = "";
  for (let i = 0; i < 160; i++) flakes += circle(r.range(0, W), r.range(0, H), r.range(1.5, 4), "#ffffff", `opacity="${f(r.range(0.5, 0.95))}"`);
  b += flakes;
  return svgDoc(W, H, defs, b);
}

function russiaTrain(r: Rand): string {
  const defs = linear("sky", [[0, "#9fb0c3"], [1, "#e8ebf0"]]) + linear("snow", [[0, "#eef2f6"], [1, "#d2dce8"]]);
  let b = rect(0, 0, W, H, "url(#sky)");
  // conifer band
  let trees = "";
  for (let x = -10; x < W + 20; x += r.range(10, 22)) {
    const h = r.range(50, 120);
    trees += poly([[x - h * 0.22, 540], [x + h * 0.22, 540], [x, 540 - h]], r() < 0.5 ? "#445861" : "#3b4d55");
  }
  b += trees;
  b += rect(0, 538, W, H - 538, "url(#snow)");
  // embankment and rails
  b += poly([[0, 650], [W, 620], [W, 660], [0, 695]], "#c5ceda");
  b += `<path d="M0 664 L${W} 632" stroke="#4a4f58" stroke-width="4"/><path d="M0 676 L${W} 644" stroke="#4a4f58" stroke-width="4"/>`;
  // train along the slope (rotate group)
  let t = "";
  const cars = 7;
  for (let i = 0; i < cars; i++) {
    const cx = 180 + i * 170;
    const isLoco = i === 0;
    t += rect(cx, 560, 160, 78, "#b8322c", `rx="${isLoco ? 18 : 6}"`);
    t += rect(cx, 600, 160, 8, "#f2efe8");
    t += rect(cx, 552, 160, 12, "#7d8791", 'rx="5"');
    if (isLoco) {
      t += rect(cx + 8, 570, 40, 26, "#1f3350", 'rx="4"');
    } else {
      for (let k = 0; k < 5; k++) t += rect(cx + 14 + k * 29, 572, 20, 22, "#23385a", 'rx="3"');
    }
    t += circle(cx + 30, 643, 9, "#2a2d33") + circle(cx + 130, 643, 9, "#2a2d33");
  }
  t += rect(180, 540, 4, 16, "#555") + `<path d="M182 540 l40 -22 l40 22" stroke="#555" stroke-width="3" fill="none"/>`;
  b += `<g transform="rotate(-1.15 800 600)">${t}</g>`;
  // snow drifts and birches in foreground
  b += `<path d="M0 780 Q300 730 650 780 T1300 770 T1600 760 V900 H0 Z" fill="#f6f8fb"/>`;
  for (const [x, h, w] of [[70, 520, 18], [150, 430, 14], [1380, 560, 20], [1470, 480, 15], [1540, 600, 22]] as const) {
    b += birch(r, x, 860, h, w);
  }
  for (let i = 0; i < 14; i++) b += rect(r.range(300, 1300), r.range(700, 880), r.range(40, 140), 3, "#c9d4e2", 'rx="1.5"');
  return svgDoc(W, H, defs, b);
}

function russiaBridge(r: Rand): string {
  const horizon = 560;
  const defs =
    linear("sky", [[0, "#2e3a5c"], [0.55, "#8a5a72"], [1, "#f0a055"]]) +
    linear("river", [[0, "#5a4d6a"], [1, "#1b2238"]]) +
    radial("sun", [[0, "#ffe4a8", 1], [0.3, "#ffc078", 0.55], [1, "#ff9a5a", 0]]);
  let b = rect(0, 0, W, horizon, "url(#sky)");
  b += circle(380, 520, 240, "url(#sun)") + circle(380, 525, 62, "#ffdca0");
  // far bank town
  let x = 0;
  while (x < W) {
    const w = r.range(30, 80);
    const h = r.range(14, 60);
    b += rect(x, horizon - h, w, h + 2, "#35304a");
    x += w + r.range(0, 20);
  }
  b += rect(0, horizon, W, H - horizon, "url(#river)");
  for (let i = 0; i < 60; i++) {
    const y = horizon + 10 + Math.pow(r(), 1.3) * (H - horizon);
    const cx = 380 + r.range(-1, 1) * (30 + (y - horizon) * 0.5);
    const w = r.range(30, 140);
    b += rect(cx - w / 2, y, w, r.range(2, 5), "#ffc078", `opacity="${f(r.range(0.25, 0.7))}" rx="2"`);
  }
  // bridge
  const deckY = 500;
  const col = "#1c2033";
  b += rect(0, deckY, W, 22, col);
  const spanW = 400;
  for (let s = 0; s < 4; s++) {
    const x0 = s * spanW;
    const x1 = x0 + spanW;
    b += rect(x0 - 18, deckY + 20, 36, H, col);
    // arched top chord
    b += `<path d="M${x0} ${deckY} Q${x0 + spanW / 2} ${deckY - 260} ${x1} ${deckY}" stroke="${col}" stroke-width="14" fill="none"/>`;
    const n = 8;
    for (let k = 1; k < n; k++) {
      const tx = k / n;
      const px = x0 + tx * spanW;
      // height of the quadratic arch (control point 260px up => apex 130px up)
      const topY = deckY - 4 * 130 * tx * (1 - tx);
      b += `<path d="M${f(px)} ${deckY} L${f(px)} ${f(topY)}" stroke="${col}" stroke-width="6"/>`;
      const nx = x0 + ((k + (k < n / 2 ? 1 : -1)) / n) * spanW;
      b += `<path d="M${f(px)} ${f(topY)} L${f(nx)} ${deckY}" stroke="${col}" stroke-width="4"/>`;
    }
  }
  b += rect(W - 18, deckY + 20, 36, H, col);
  // bridge reflection
  b += rect(0, 560, W, 14, "#10142a", 'opacity="0.5"');
  for (let s = 0; s <= 4; s++) b += rect(s * spanW - 18, 574, 36, 180, "#10142a", 'opacity="0.35"');
  // birds
  for (let i = 0; i < 5; i++) {
    const gx = r.range(900, 1400);
    const gy = r.range(120, 260);
    const s = r.range(8, 14);
    b += `<path d="M${f(gx - s)} ${f(gy)} q${f(s / 2)} ${f(-s / 2)} ${f(s)} 0 q${f(s / 2)} ${f(-s / 2)} ${f(s)} 0" stroke="#1c2033" stroke-width="3" fill="none"/>`;
  }
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// BUSINESS — rising chart, glass towers from below, factory

function businessChart(r: Rand): string {
  const defs =
    linear("bg", [[0, "#0d2a2d"], [1, "#1a5256"]], 0, 0, 1, 1) +
    linear("bar", [[0, "#3ccf8a"], [1, "#16724f"]]) +
    linear("area", [[0, "#f5c542", 0.35], [1, "#f5c542", 0]]) +
    blur("glow", 8);
  let b = rect(0, 0, W, H, "url(#bg)");
  let grid = "";
  for (let y = 90; y < H; y += 90) grid += `<path d="M0 ${y} H${W}" stroke="#ffffff" stroke-opacity="0.07" stroke-width="2"/>`;
  for (let x = 120; x < W; x += 120) grid += `<path d="M${x} 0 V${H}" stroke="#ffffff" stroke-opacity="0.05" stroke-width="2"/>`;
  b += grid;
  const n = 12;
  const base = 800;
  const pts: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const x = 150 + i * 112;
    const h = 90 + i * 42 + r.range(-30, 40);
    b += rect(x, base - h, 70, h, "url(#bar)", 'rx="8"');
    pts.push([x + 35, base - h - 60 - r.range(0, 40)]);
  }
  const line = pts.map(([x, y]) => `${f(x)},${f(y)}`).join(" ");
  const first = pts[0] ?? [185, 600];
  const last = pts[pts.length - 1] ?? [1417, 200];
  b += `<polygon points="${f(first[0])},${base} ${line} ${f(last[0])},${base}" fill="url(#area)"/>`;
  b += `<polyline points="${line}" fill="none" stroke="#f5c542" stroke-width="14" opacity="0.5" filter="url(#glow)"/>`;
  b += `<polyline points="${line}" fill="none" stroke="#f5c542" stroke-width="6" stroke-linejoin="round"/>`;
  for (const [x, y] of pts) b += circle(x, y, 11, "#0d2a2d", 'stroke="#f5c542" stroke-width="5"');
  b += rect(120, base, 1380, 4, "#ffffff", 'opacity="0.35"');
  return svgDoc(W, H, defs, b);
}

function businessTowers(r: Rand): string {
  const defs =
    radial("sky", [[0, "#e2f1fb"], [0.6, "#8cc4ea"], [1, "#4d8fc7"]], 0.5, 0.05, 0.9) +
    linear("glassA", [[0, "#2d6fa8"], [1, "#123d66"]], 0, 0, 1, 0) +
    linear("glassB", [[0, "#1b4f80"], [1, "#3f86c0"]], 0, 0, 1, 0) +
    linear("glassC", [[0, "#5f9cc9"], [1, "#2c6496"]], 0, 0, 1, 0) +
    linear("sheen", [[0, "#ffffff", 0], [0.5, "#ffffff", 0.35], [1, "#ffffff", 0]], 0, 0, 1, 0);
  let b = rect(0, 0, W, H, "url(#sky)");
  const V: [number, number] = [800, -2600];
  const k = (y: number) => (H - y) / (H - V[1]);
  const xAt = (xb: number, y: number) => xb + (V[0] - xb) * k(y);
  // tower: bottom edge x0..x1, top y
  const tower = (x0: number, x1: number, top: number, fill: string, cols: number) => {
    let out = poly([[x0, H], [x1, H], [xAt(x1, top), top], [xAt(x0, top), top]], fill);
    for (let c = 1; c < cols; c++) {
      const xb = x0 + ((x1 - x0) * c) / cols;
      out += `<path d="M${f(xb)} ${H} L${f(xAt(xb, top))} ${top}" stroke="#d9ecf9" stroke-opacity="0.35" stroke-width="3"/>`;
    }
    let y = H - 40;
    let step = 70;
    while (y > top) {
      out += `<path d="M${f(xAt(x0, y))} ${f(y)} L${f(xAt(x1, y))} ${f(y)}" stroke="#0b2740" stroke-opacity="0.45" stroke-width="3"/>`;
      step *= 0.93;
      y -= step;
    }
    const sx = x0 + (x1 - x0) * r.range(0.2, 0.5);
    const sw = (x1 - x0) * 0.18;
    out += poly([[sx, H], [sx + sw, H], [xAt(sx + sw, top) + 40, top], [xAt(sx, top) + 40, top]], "url(#sheen)");
    out += rect(xAt(x0, top) - 6, top - 10, xAt(x1, top) - xAt(x0, top) + 12, 12, "#0d2f4f");
    return out;
  };
  b += tower(560, 1040, 60, "url(#glassC)", 8);
  b += tower(-260, 470, -10, "url(#glassA)", 9);
  b += tower(1130, 1900, 10, "url(#glassB)", 9);
  b += tower(380, 640, 240, "#1d5a8c", 4);
  for (let i = 0; i < 4; i++) {
    const gx = r.range(700, 900);
    const gy = r.range(40, 160);
    b += `<path d="M${f(gx - 10)} ${f(gy)} q5 -5 10 0 q5 -5 10 0" stroke="#23415c" stroke-width="3" fill="none"/>`;
  }
  return svgDoc(W, H, defs, b);
}

function businessFactory(r: Rand): string {
  const defs =
    linear("sky", [[0, "#f1bd7f"], [1, "#f8e9d2"]]) +
    linear("glass", [[0, "#9fc2d6"], [1, "#5f8aa3"]]);
  let b = rect(0, 0, W, H, "url(#sky)");
  b += circle(1240, 260, 90, "#fff1d0", 'opacity="0.85"');
  b += ridge(r, 600, 70, 120, "#d2a77c", "", 640);
  b += rect(0, 700, W, 200, "#6b6259");
  b += rect(0, 700, W, 8, "#554d46");
  // sawtooth hall
  const base = 720;
  const wallTop = 560;
  b += rect(140, wallTop, 1100, base - wallTop, "#b5513f");
  for (let i = 0; i < 10; i++) {
    const x = 140 + i * 110;
    b += poly([[x, wallTop], [x, wallTop - 90], [x + 110, wallTop]], "#8c3a2e");
    b += poly([[x + 4, wallTop - 4], [x + 4, wallTop - 80], [x + 30, wallTop - 64], [x + 30, wallTop - 4]], "url(#glass)");
  }
  for (let i = 0; i < 9; i++) b += rect(180 + i * 118, 600, 70, 80, "#e9d7b0", 'opacity="0.9"');
  b += rect(560, 640, 140, 80, "#3e3a36");
  // office block
  b += rect(1240, 500, 220, 220, "#c9c1b3");
  for (let yy = 520; yy < 700; yy += 45) for (let xx = 1260; xx < 1440; xx += 45) b += rect(xx, yy, 30, 28, "url(#glass)");
  // chimneys with steam
  for (const [cx, top] of [[300, 260], [420, 320], [960, 230]] as const) {
    b += rect(cx - 22, top, 44, wallTop - top, "#8f8a84");
    b += rect(cx - 22, top + 20, 44, 18, "#c0392b") + rect(cx - 22, top + 60, 44, 18, "#ecf0f1");
    b += rect(cx - 28, top - 10, 56, 14, "#6e6a65");
    for (let k = 0; k < 6; k++) {
      b += circle(cx + k * 30 + r.range(-8, 8), top - 40 - k * 26 + r.range(-10, 10), 26 + k * 9, "#ffffff", `opacity="${f(0.75 - k * 0.1)}"`);
    }
  }
  // fence and trucks
  for (let x = 0; x < W; x += 24) b += rect(x, 770, 4, 40, "#4a443f");
  b += rect(0, 780, W, 4, "#4a443f");
  b += rect(1000, 735, 160, 50, "#2f6e8e", 'rx="4"') + rect(1160, 748, 50, 37, "#2f6e8e", 'rx="6"');
  b += circle(1030, 790, 12, "#222") + circle(1180, 790, 12, "#222");
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// SPORT — stadium from above, running track, ice rink

function sportStadium(r: Rand): string {
  const defs =
    radial("bg", [[0, "#1c3a28"], [1, "#06100b"]], 0.5, 0.5, 0.7) +
    radial("lamp", [[0, "#fff6c8", 0.95], [0.3, "#ffe37a", 0.45], [1, "#ffe37a", 0]]) +
    linear("roof", [[0, "#3b4250"], [1, "#252a34"]]);
  let b = rect(0, 0, W, H, "url(#bg)");
  b += `<ellipse cx="800" cy="450" rx="760" ry="430" fill="url(#roof)"/>`;
  const crowd = ["#a8322a", "#c0453a", "#8c2a24", "#b33c31", "#9a2f28", "#c65a3c"];
  for (let ring = 0; ring < 9; ring++) {
    const rx = 720 - ring * 22;
    const ry = 395 - ring * 17;
    b += `<ellipse cx="800" cy="450" rx="${rx}" ry="${ry}" fill="none" stroke="${crowd[ring % crowd.length]}" stroke-width="18" opacity="0.9"/>`;
  }
  for (let i = 0; i < 6; i++) {
    const a0 = i * 60 + 12;
    const c = Math.cos((a0 * Math.PI) / 180);
    const sn = Math.sin((a0 * Math.PI) / 180);
    b += `<path d="M${f(800 + c * 520)} ${f(450 + sn * 245)} L${f(800 + c * 730)} ${f(450 + sn * 405)}" stroke="#2b2f3a" stroke-width="12"/>`;
  }
  b += `<ellipse cx="800" cy="450" rx="520" ry="245" fill="#1f4d2a"/>`;
  // pitch with mowing stripes
  const px = 400;
  const py = 250;
  const pw = 800;
  const ph = 400;
  for (let i = 0; i < 10; i++) b += rect(px + i * 80, py, 80, ph, i % 2 ? "#2f8a3d" : "#37a047");
  const line = 'fill="none" stroke="#f4f7f2" stroke-width="5"';
  b += `<rect x="${px + 20}" y="${py + 20}" width="${pw - 40}" height="${ph - 40}" ${line}/>`;
  b += `<path d="M800 ${py + 20} V${py + ph - 20}" ${line}/><circle cx="800" cy="450" r="70" ${line}/>`;
  b += circle(800, 450, 6, "#f4f7f2");
  b += `<rect x="${px + 20}" y="330" width="120" height="240" ${line}/><rect x="${px + pw - 140}" y="330" width="120" height="240" ${line}/>`;
  b += `<rect x="${px + 20}" y="400" width="45" height="100" ${line}/><rect x="${px + pw - 65}" y="400" width="45" height="100" ${line}/>`;
  b += rect(px + 4, 425, 16, 50, "#ffffff", 'opacity="0.8"') + rect(px + pw - 20, 425, 16, 50, "#ffffff", 'opacity="0.8"');
  // players as dots
  for (let i = 0; i < 22; i++) {
    b += circle(r.range(px + 60, px + pw - 60), r.range(py + 40, py + ph - 40), 7, i < 11 ? "#e74c3c" : "#f5f5f5");
  }
  b += circle(r.range(700, 900), r.range(400, 500), 5, "#ffe14d");
  // floodlights
  for (const [lx, ly] of [[130, 120], [1470, 120], [130, 780], [1470, 780]] as const) {
    b += circle(lx, ly, 170, "url(#lamp)") + rect(lx - 30, ly - 12, 60, 24, "#f8f3d9", 'rx="4"');
  }
  return svgDoc(W, H, defs, b);
}

function sportTrack(r: Rand): string {
  const defs = linear("infield", [[0, "#3e9c4e"], [1, "#2e7d3c"]], 0, 0, 1, 1) + linear("bg", [[0, "#5b6a72"], [1, "#39434a"]]);
  const cx = 1700;
  const cy = 1250;
  let b = rect(0, 0, W, H, "url(#bg)");
  b += circle(cx, cy, 1420, "#6f7f68");
  b += circle(cx, cy, 1380, "#c4553a");
  for (let i = 0; i < 12; i++) b += circle(cx, cy, 1380 - i * 8, "none", `stroke="#b34a31" stroke-width="2" opacity="0.3"`);
  for (let lane = 0; lane <= 8; lane++) {
    b += circle(cx, cy, 1380 - lane * 58, "none", 'stroke="#f7f4ef" stroke-width="6"');
  }
  b += circle(cx, cy, 1380 - 8 * 58 - 3, "url(#infield)");
  for (let i = 0; i < 14; i++) b += circle(cx, cy, 900 - i * 40, "none", `stroke="#ffffff" stroke-width="18" opacity="0.04"`);
  // staggered start marks
  for (let lane = 0; lane < 8; lane++) {
    const rr = 1380 - lane * 58 - 29;
    const ang = (-128 - lane * 3.2) * (Math.PI / 180);
    const x = cx + Math.cos(ang) * rr;
    const y = cy + Math.sin(ang) * rr;
    const deg = (ang * 180) / Math.PI;
    b += `<rect x="${f(x - 29)}" y="${f(y - 3)}" width="58" height="6" fill="#f7f4ef" transform="rotate(${f(deg)} ${f(x)} ${f(y)})"/>`;
    const a2 = ang + 0.09;
    const x2 = cx + Math.cos(a2) * rr;
    const y2 = cy + Math.sin(a2) * rr;
    b += `<rect x="${f(x2 - 8)}" y="${f(y2 - 8)}" width="16" height="16" fill="${r.pick(["#f2c230", "#2f80ed", "#f7f4ef"])}" transform="rotate(${f(deg)} ${f(x2)} ${f(y2)})"/>`;
  }
  // a few hurdles in lane line fashion
  for (let lane = 0; lane < 8; lane++) {
    const rr = 1380 - lane * 58 - 29;
    const ang = -152 * (Math.PI / 180);
    const x = cx + Math.cos(ang) * rr;
    const y = cy + Math.sin(ang) * rr;
    b += `<rect x="${f(x - 24)}" y="${f(y - 4)}" width="48" height="8" fill="#ffffff" stroke="#222" stroke-width="2" transform="rotate(${f((ang * 180) / Math.PI)} ${f(x)} ${f(y)})"/>`;
  }
  return svgDoc(W, H, defs, b);
}

function sportRink(r: Rand): string {
  const defs =
    linear("ice", [[0, "#f4fafd"], [1, "#dcecf5"]], 0, 0, 1, 1) +
    radial("bg", [[0, "#2a3442"], [1, "#10151c"]], 0.5, 0.5, 0.75);
  let b = rect(0, 0, W, H, "url(#bg)");
  const crowd = ["#1f4e9c", "#f1f1f1", "#c0392b", "#f1c40f", "#2c3e50"];
  for (let ring = 0; ring < 5; ring++) {
    b += `<rect x="${90 - ring * 16}" y="${70 - ring * 16}" width="${1420 + ring * 32}" height="${760 + ring * 32}" rx="${240 + ring * 16}" fill="none" stroke="${crowd[ring % crowd.length]}" stroke-width="10" opacity="0.45"/>`;
  }
  b += `<rect x="140" y="120" width="1320" height="660" rx="200" fill="url(#ice)" stroke="#e9edf1" stroke-width="18"/>`;
  b += `<rect x="140" y="120" width="1320" height="660" rx="200" fill="none" stroke="#f2c230" stroke-width="4"/>`;
  // skate marks
  for (let i = 0; i < 50; i++) {
    const x = r.range(220, 1380);
    const y = r.range(180, 720);
    b += `<path d="M${f(x)} ${f(y)} q${f(r.range(40, 120))} ${f(r.range(-50, 50))} ${f(r.range(120, 260))} ${f(r.range(-30, 30))}" stroke="#9fb3c4" stroke-width="2" fill="none" opacity="0.25"/>`;
  }
  const red = "#d0312d";
  const blue = "#2b59c3";
  b += rect(795, 120, 10, 660, red) + rect(545, 120, 12, 660, blue) + rect(1043, 120, 12, 660, blue);
  b += rect(258, 150, 4, 600, red) + rect(1338, 150, 4, 600, red);
  b += circle(800, 450, 90, "none", `stroke="${blue}" stroke-width="5"`) + circle(800, 450, 7, blue);
  for (const [x, y] of [[400, 290], [400, 610], [1200, 290], [1200, 610]] as const) {
    b += circle(x, y, 90, "none", `stroke="${red}" stroke-width="5"`) + circle(x, y, 10, red);
    b += `<path d="M${x - 30} ${y - 20} h-20 M${x - 30} ${y + 20} h-20 M${x + 30} ${y - 20} h20 M${x + 30} ${y + 20} h20" stroke="${red}" stroke-width="4"/>`;
  }
  for (const [x, y] of [[620, 290], [620, 610], [980, 290], [980, 610]] as const) b += circle(x, y, 10, red);
  b += `<path d="M262 410 a40 40 0 0 1 0 80 Z" fill="#9fd0f0" stroke="${red}" stroke-width="3"/>`;
  b += `<path d="M1338 410 a40 40 0 0 0 0 80 Z" fill="#9fd0f0" stroke="${red}" stroke-width="3"/>`;
  b += rect(228, 425, 30, 50, "none", `stroke="${red}" stroke-width="5"`) + rect(1342, 425, 30, 50, "none", `stroke="${red}" stroke-width="5"`);
  b += circle(r.range(700, 900), r.range(380, 520), 8, "#111");
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// SCIENCE & TECH — circuit board, radio telescope, molecule network

function techCircuit(r: Rand): string {
  const defs = linear("bg", [[0, "#061a20"], [1, "#0b2e36"]], 0, 0, 1, 1) + blur("glow", 6) + radial("chipGlow", [[0, "#2fe0c8", 0.35], [1, "#2fe0c8", 0]]);
  let b = rect(0, 0, W, H, "url(#bg)");
  b += circle(800, 450, 420, "url(#chipGlow)");
  let traces = "";
  let nodes = "";
  const chip = { x: 640, y: 300, w: 320, h: 300 };
  const emit = (sx: number, sy: number, dx: number, dy: number) => {
    let x = sx;
    let y = sy;
    let d = `M${f(x)} ${f(y)}`;
    const segs = r.int(2, 4);
    const ddx = dx;
    const ddy = dy;
    for (let s = 0; s < segs; s++) {
      const len = r.range(60, 220);
      x += ddx * len;
      y += ddy * len;
      d += ` L${f(x)} ${f(y)}`;
      // turn 45 degrees sometimes
      if (r() < 0.6) {
        const diag = r.range(30, 90);
        const side = r() < 0.5 ? -1 : 1;
        const ndx = ddx === 0 ? side : ddx;
        const ndy = ddy === 0 ? side : ddy;
        x += ndx * diag;
        y += ndy * diag;
        d += ` L${f(x)} ${f(y)}`;
      }
    }
    traces += `<path d="${d}" fill="none" stroke="#1fb5a3" stroke-width="4" stroke-linejoin="round" opacity="0.8"/>`;
    nodes += circle(x, y, r.range(7, 12), "#061a20", 'stroke="#4ff5de" stroke-width="4"');
    if (r() < 0.35) nodes += circle(x, y, 16, "#4ff5de", 'opacity="0.7" filter="url(#glow)"');
  };
  for (let i = 0; i < 9; i++) {
    const t = (i + 0.5) / 9;
    emit(chip.x + t * chip.w, chip.y, 0, -1);
    emit(chip.x + t * chip.w, chip.y + chip.h, 0, 1);
  }
  for (let i = 0; i < 8; i++) {
    const t = (i + 0.5) / 8;
    emit(chip.x, chip.y + t * chip.h, -1, 0);
    emit(chip.x + chip.w, chip.y + t * chip.h, 1, 0);
  }
  // background traces
  for (let i = 0; i < 26; i++) {
    const x = r.range(0, W);
    const y = r.range(0, H);
    if (x > 560 && x < 1040 && y > 220 && y < 680) continue;
    const horiz = r() < 0.5;
    const len = r.range(80, 260);
    traces += `<path d="M${f(x)} ${f(y)} ${horiz ? "h" : "v"}${f(len)}" stroke="#15706a" stroke-width="3" opacity="0.5"/>`;
    nodes += circle(horiz ? x + len : x, horiz ? y : y + len, 5, "#15706a");
  }
  b += traces + nodes;
  b += rect(chip.x, chip.y, chip.w, chip.h, "#0f2d33", 'rx="14" stroke="#4ff5de" stroke-width="4"');
  b += rect(chip.x + 40, chip.y + 40, chip.w - 80, chip.h - 80, "#133940", 'rx="8"');
  for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) b += rect(chip.x + 62 + i * 34, chip.y + 62 + j * 30, 20, 16, "#1e5a5f", 'rx="3"');
  b += circle(chip.x + 24, chip.y + 24, 6, "#4ff5de");
  return svgDoc(W, H, defs, b);
}

function techTelescope(r: Rand): string {
  const defs =
    linear("sky", [[0, "#040818"], [0.6, "#15224a"], [1, "#3b3463"]]) +
    linear("dish", [[0, "#e3e8ef"], [1, "#8a95a8"]], 0, 0, 1, 1) +
    linear("milky", [[0, "#9fb4ff", 0], [0.5, "#c9d4ff", 0.28], [1, "#9fb4ff", 0]], 0, 0, 1, 0) +
    blur("soft", 30);
  let b = rect(0, 0, W, H, "url(#sky)");
  b += `<rect x="-200" y="250" width="2000" height="180" fill="url(#milky)" filter="url(#soft)" transform="rotate(-22 800 340)"/>`;
  let stars = "";
  for (let i = 0; i < 420; i++) {
    const y = Math.pow(r(), 1.3) * 700;
    stars += circle(r.range(0, W), y, r() < 0.04 ? r.range(2.2, 3.2) : r.range(0.6, 1.8), "#ffffff", `opacity="${f(r.range(0.35, 1))}"`);
  }
  b += stars;
  b += ridge(r, 700, 70, 90, "#12162a", "", H);
  b += `<path d="M0 800 Q400 740 800 790 T1600 770 V900 H0 Z" fill="#0a0d1a"/>`;
  // telescope
  const cx = 880;
  b += poly([[cx - 120, 800], [cx + 120, 800], [cx + 50, 600], [cx - 50, 600]], "#b9c2d0");
  b += poly([[cx - 120, 800], [cx - 50, 600], [cx - 30, 600], [cx - 80, 800]], "#8c96a8");
  b += rect(cx - 70, 560, 140, 50, "#c8d0dc", 'rx="8"');
  b += `<g transform="rotate(-28 ${cx} 430)">`;
  b += `<ellipse cx="${cx}" cy="430" rx="330" ry="120" fill="url(#dish)"/>`;
  b += `<ellipse cx="${cx}" cy="420" rx="300" ry="98" fill="#5d6a80"/>`;
  b += `<ellipse cx="${cx}" cy="412" rx="290" ry="90" fill="#c7cfdb" opacity="0.5"/>`;
  for (let i = 1; i < 6; i++) b += `<ellipse cx="${cx}" cy="${420 - i * 2}" rx="${300 - i * 50}" ry="${98 - i * 16}" fill="none" stroke="#7d889c" stroke-width="2"/>`;
  b += `<path d="M${cx - 200} 400 L${cx} 170 M${cx + 200} 400 L${cx} 170 M${cx} 420 L${cx} 170" stroke="#dfe5ee" stroke-width="6"/>`;
  b += rect(cx - 18, 140, 36, 40, "#dfe5ee", 'rx="6"');
  b += `</g>`;
  b += rect(cx - 20, 500, 40, 80, "#a5afbf");
  b += circle(cx + 10, 180, 3, "#ff5a5a") + circle(cx + 10, 180, 10, "#ff5a5a", 'opacity="0.3"');
  return svgDoc(W, H, defs, b);
}

function techMolecule(r: Rand): string {
  const colours = [
    ["#ff8fb3", "#c2185b"],
    ["#8fe1ff", "#1976d2"],
    ["#ffe08f", "#e0a100"],
    ["#b8a8ff", "#5e35b1"],
  ] as const;
  let defs = radial("bg", [[0, "#22185a"], [1, "#07061a"]], 0.5, 0.5, 0.75) + blur("glow", 18);
  colours.forEach(([hi, lo], i) => {
    defs += radial(`ball${i}`, [[0, "#ffffff"], [0.25, hi], [1, lo]], 0.5, 0.5, 0.55, 0.35, 0.3);
  });
  let b = rect(0, 0, W, H, "url(#bg)");
  const nodes: { x: number; y: number; s: number; c: number }[] = [];
  let attempts = 0;
  while (nodes.length < 24 && attempts < 2000) {
    attempts++;
    const x = r.range(160, 1440);
    const y = r.range(120, 780);
    const s = r.range(18, 58);
    if (nodes.some((n) => Math.hypot(n.x - x, n.y - y) < n.s + s + 70)) continue;
    nodes.push({ x, y, s, c: r.int(0, colours.length - 1) });
  }
  let bonds = "";
  const seen = new Set<string>();
  nodes.forEach((n, i) => {
    const nearest = nodes
      .map((m, j) => ({ j, d: Math.hypot(m.x - n.x, m.y - n.y) }))
      .filter((o) => o.j !== i)
      .sort((a, c) => a.d - c.d)
      .slice(0, 3);
    for (const { j } of nearest) {
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const m = nodes[j];
      if (!m) continue;
      bonds += `<path d="M${f(n.x)} ${f(n.y)} L${f(m.x)} ${f(m.y)}" stroke="#9d8bff" stroke-width="7" stroke-opacity="0.45" stroke-linecap="round"/>`;
    }
  });
  b += bonds;
  for (const n of nodes) {
    b += circle(n.x, n.y, n.s * 1.3, colours[n.c]?.[0] ?? "#fff", 'opacity="0.22" filter="url(#glow)"');
    b += circle(n.x, n.y, n.s, `url(#ball${n.c})`);
  }
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// CULTURE — theatre stage, gallery wall, bookshelf

function cultureStage(r: Rand): string {
  const defs =
    `<pattern id="folds" width="70" height="10" patternUnits="userSpaceOnUse">` +
    `<rect width="70" height="10" fill="url(#fold)"/></pattern>` +
    linear("fold", [[0, "#5e0a12"], [0.45, "#c01a2c"], [0.6, "#d9303f"], [1, "#5e0a12"]], 0, 0, 1, 0) +
    linear("floor", [[0, "#6b3f24"], [1, "#24140b"]]) +
    linear("beam", [[0, "#fff8dc", 0.5], [1, "#fff8dc", 0.05]]) +
    radial("pool", [[0, "#fff4c8", 0.85], [1, "#fff4c8", 0]]) +
    radial("back", [[0, "#3a1a1e"], [1, "#0e0507"]], 0.5, 0.6, 0.7);
  let b = rect(0, 0, W, H, "url(#back)");
  b += poly([[0, 700], [W, 700], [W, H], [0, H]], "url(#floor)");
  for (let x = 0; x < W; x += 90) b += `<path d="M${x} 700 L${800 + (x - 800) * 1.6} ${H}" stroke="#1a0e07" stroke-width="2" opacity="0.5"/>`;
  b += rect(0, 700, W, 6, "#3b2315");
  // spotlight
  b += poly([[760, 0], [840, 0], [1080, 800], [520, 800]], "url(#beam)");
  b += `<ellipse cx="800" cy="790" rx="300" ry="60" fill="url(#pool)"/>`;
  // a chair in the light
  b += rect(770, 700, 60, 10, "#2a1a12") + rect(774, 710, 6, 70, "#2a1a12") + rect(820, 710, 6, 70, "#2a1a12") + rect(820, 620, 8, 90, "#2a1a12");
  // curtains
  b += `<path d="M0 0 H470 C440 260 360 470 210 560 C300 640 300 780 330 ${H} H0 Z" fill="url(#folds)"/>`;
  b += `<path d="M${W} 0 H${W - 470} C${W - 440} 260 ${W - 360} 470 ${W - 210} 560 C${W - 300} 640 ${W - 300} 780 ${W - 330} ${H} H${W} Z" fill="url(#folds)"/>`;
  b += `<path d="M0 0 H470 C440 260 360 470 210 560 C300 640 300 780 330 ${H} H0 Z" fill="#000" opacity="0.15"/>`;
  b += rect(190, 545, 60, 26, "#d4a53a", 'rx="10" transform="rotate(-20 220 558)"');
  b += rect(W - 250, 545, 60, 26, "#d4a53a", 'rx="10" transform="rotate(20 1380 558)"');
  // valance with scallops
  b += rect(0, 0, W, 110, "#9e1222");
  for (let x = 0; x < W; x += 100) b += circle(x + 50, 110, 50, "#9e1222");
  for (let x = 0; x < W; x += 100) b += `<path d="M${x} 112 A50 50 0 0 0 ${x + 100} 112" stroke="#d4a53a" stroke-width="6" fill="none" transform="translate(0 48)"/>`;
  b += rect(0, 0, W, 30, "#6d0b16");
  for (let i = 0; i < 30; i++) b += circle(r.range(0, W), r.range(0, 25), 2, "#d4a53a", 'opacity="0.3"');
  return svgDoc(W, H, defs, b);
}

function cultureGallery(r: Rand): string {
  const defs =
    linear("wall", [[0, "#f1ece3"], [1, "#ddd5c8"]]) +
    linear("floor", [[0, "#b98e64"], [1, "#8a6442"]]) +
    radial("spot", [[0, "#ffffff", 0.75], [1, "#ffffff", 0]]);
  const palette = ["#e63946", "#f1c453", "#2a9d8f", "#264653", "#e76f51", "#8ab17d", "#f4a261", "#1d3557"];
  let b = rect(0, 0, W, 720, "url(#wall)") + rect(0, 720, W, 180, "url(#floor)") + rect(0, 712, W, 12, "#c9bfae");
  for (let x = -200; x < W; x += 160) b += `<path d="M${x} 724 L${x + 200} ${H}" stroke="#7a5638" stroke-width="2" opacity="0.35"/>`;
  const frames: [number, number, number, number][] = [[170, 250, 280, 280], [580, 180, 440, 380], [1150, 220, 290, 330]];
  frames.forEach(([x, y, w, h], idx) => {
    b += `<ellipse cx="${x + w / 2}" cy="${y - 10}" rx="${w * 0.9}" ry="${h * 0.8}" fill="url(#spot)"/>`;
    b += rect(x + 10, y + 14, w, h, "#000", 'opacity="0.15"');
    b += rect(x, y, w, h, idx === 1 ? "#b8923a" : "#2b2b2b");
    b += rect(x + 14, y + 14, w - 28, h - 28, "#fbf9f4");
    const ix = x + 38;
    const iy = y + 38;
    const iw = w - 76;
    const ih = h - 76;
    let art = rect(ix, iy, iw, ih, r.pick(["#f6efe0", "#1d3557", "#efe3c8"]));
    if (idx === 0) {
      for (let k = 0; k < 4; k++) art += rect(ix, iy + (k * ih) / 4, iw, ih / 4 - 6, palette[(k * 3) % palette.length] ?? "#000", 'opacity="0.9"');
    } else if (idx === 1) {
      art += circle(ix + iw * 0.35, iy + ih * 0.45, ih * 0.32, "#e76f51");
      art += rect(ix + iw * 0.5, iy + ih * 0.2, iw * 0.35, ih * 0.55, "#2a9d8f", 'opacity="0.9"');
      art += poly([[ix + 20, iy + ih - 20], [ix + iw * 0.6, iy + ih - 20], [ix + iw * 0.3, iy + ih * 0.55]], "#f1c453");
      art += rect(ix + iw * 0.1, iy + ih * 0.1, iw * 0.8, 8, "#264653");
    } else {
      for (let k = 0; k < 7; k++) {
        art += circle(ix + r.range(20, iw - 20), iy + r.range(20, ih - 20), r.range(12, 45), r.pick(palette), 'opacity="0.85"');
      }
    }
    b += art;
  });
  // bench
  b += rect(560, 760, 480, 36, "#3b3b3b", 'rx="6"') + rect(590, 796, 20, 70, "#2a2a2a") + rect(990, 796, 20, 70, "#2a2a2a");
  b += `<ellipse cx="800" cy="875" rx="280" ry="14" fill="#000" opacity="0.18"/>`;
  return svgDoc(W, H, defs, b);
}

function cultureBooks(r: Rand): string {
  const defs = linear("wall", [[0, "#3f2c26"], [1, "#2a1c18"]]) + linear("wood", [[0, "#8a5a34"], [1, "#5e3b20"]]);
  const palette = ["#8c2f39", "#2f4858", "#f6ae2d", "#33658a", "#86bbd8", "#758e4f", "#b5651d", "#4a4e69", "#c9ada7", "#e4d6a7", "#2d6a4f"];
  let b = rect(0, 0, W, H, "url(#wall)");
  const shelves = [300, 590, 880];
  for (const sy of shelves) {
    let x = 70;
    const plantAt = r.int(4, 16);
    let count = 0;
    while (x < W - 90) {
      count++;
      if (count === plantAt) {
        b += rect(x + 10, sy - 70, 70, 70, "#c8734f", 'rx="6"');
        for (let k = 0; k < 7; k++) {
          const a = -Math.PI / 2 + (k - 3) * 0.35;
          b += `<ellipse cx="${f(x + 45 + Math.cos(a) * 50)}" cy="${f(sy - 70 + Math.sin(a) * 55)}" rx="14" ry="38" fill="${k % 2 ? "#4f8a4b" : "#3d7a3e"}" transform="rotate(${f((a * 180) / Math.PI + 90)} ${f(x + 45 + Math.cos(a) * 50)} ${f(sy - 70 + Math.sin(a) * 55)})"/>`;
        }
        x += 100;
        continue;
      }
      const w = r.range(26, 62);
      const h = r.range(170, 240);
      const col = r.pick(palette);
      const lean = r() < 0.06 && count > 2;
      const book =
        rect(x, sy - h, w, h, col, 'rx="3"') +
        rect(x, sy - h + 18, w, r.range(6, 12), "#ffffff", 'opacity="0.28"') +
        rect(x, sy - 34, w, r.range(5, 10), "#000000", 'opacity="0.18"') +
        rect(x + w * 0.25, sy - h * 0.62, w * 0.5, h * 0.18, "#ffffff", 'opacity="0.12" rx="2"') +
        rect(x + w - 4, sy - h, 4, h, "#000", 'opacity="0.15"');
      if (lean) {
        b += `<g transform="rotate(14 ${f(x)} ${sy})">${book}</g>`;
        x += w + h * 0.25;
      } else {
        b += book;
        x += w + r.range(0, 3);
      }
    }
    b += rect(30, sy, W - 60, 26, "url(#wood)") + rect(30, sy + 26, W - 60, 10, "#000", 'opacity="0.25"');
  }
  b += rect(0, 0, 40, H, "#4a2f1a") + rect(W - 40, 0, 40, H, "#4a2f1a");
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// OPINION — desk lamp over a notebook, speech bubbles, newspaper and coffee

function opinionDesk(r: Rand): string {
  const defs =
    radial("room", [[0, "#3a3444"], [1, "#131118"]], 0.6, 0.3, 0.8) +
    linear("desk", [[0, "#5a3e2c"], [1, "#2e1f16"]]) +
    linear("cone", [[0, "#ffe7a8", 0.55], [1, "#ffe7a8", 0.04]]) +
    radial("pool", [[0, "#ffe7a8", 0.5], [1, "#ffe7a8", 0]]);
  let b = rect(0, 0, W, H, "url(#room)") + rect(0, 600, W, 300, "url(#desk)");
  for (let i = 0; i < 8; i++) b += rect(0, 620 + i * 36, W, 2, "#2a1b12", 'opacity="0.4"');
  b += poly([[1010, 300], [1110, 250], [1050, 860], [420, 860]], "url(#cone)");
  b += `<ellipse cx="760" cy="740" rx="420" ry="120" fill="url(#pool)"/>`;
  // notebook
  b += `<g transform="rotate(-6 740 740)">`;
  b += rect(480, 650, 540, 190, "#000", 'opacity="0.25" transform="translate(10 10)"');
  b += rect(480, 650, 270, 190, "#f5eedb") + rect(750, 650, 270, 190, "#faf4e4");
  b += rect(740, 650, 20, 190, "#d9cfb6", 'opacity="0.7"');
  for (let y = 680; y < 830; y += 18) {
    b += rect(500, y, 230, 2, "#9fb8d8", 'opacity="0.8"') + rect(770, y, 230, 2, "#9fb8d8", 'opacity="0.8"');
  }
  for (let y = 680; y < 790; y += 18) b += rect(510, y - 8, r.range(120, 200), 5, "#2e3a59", 'opacity="0.5" rx="2.5"');
  b += rect(530, 650, 3, 190, "#e79a9a", 'opacity="0.8"');
  b += `</g>`;
  // pen
  b += `<g transform="rotate(28 1120 760)">${rect(1000, 752, 240, 18, "#1f3a6b", 'rx="9"')}${rect(1200, 752, 40, 18, "#d4a53a", 'rx="9"')}${poly([[1000, 752], [1000, 770], [972, 761]], "#e8d7a0")}</g>`;
  // lamp
  b += `<ellipse cx="1300" cy="800" rx="120" ry="28" fill="#1c1c22"/>` + rect(1292, 700, 16, 100, "#2b2b33");
  b += `<path d="M1300 710 L1400 450 L1120 280" stroke="#2b2b33" stroke-width="16" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`;
  b += circle(1400, 450, 16, "#3b3b45");
  b += `<g transform="rotate(-30 1090 275)">${poly([[1040, 230], [1140, 230], [1180, 330], [1000, 330]], "#2b2b33")}<ellipse cx="1090" cy="330" rx="90" ry="16" fill="#fff2c4"/></g>`;
  b += circle(1060, 300, 40, "#fff2c4", 'opacity="0.35"');
  // mug
  b += rect(250, 640, 120, 140, "#c2543f", 'rx="10"') + `<path d="M370 670 q50 0 50 40 q0 40 -50 40" stroke="#c2543f" stroke-width="16" fill="none"/>`;
  b += `<ellipse cx="310" cy="642" rx="60" ry="12" fill="#3b2418"/>`;
  return svgDoc(W, H, defs, b);
}

function opinionBubbles(r: Rand): string {
  const defs = linear("bg", [[0, "#f5eee3"], [1, "#e9dfcf"]], 0, 0, 1, 1);
  const cols = ["#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#5c6f91", "#c9745c"];
  let b = rect(0, 0, W, H, "url(#bg)");
  const bubbles: [number, number, number, number, number][] = [
    [170, 110, 560, 300, 1],
    [820, 80, 600, 260, -1],
    [430, 420, 520, 260, -1],
    [1020, 430, 460, 300, 1],
    [120, 560, 300, 200, 1],
  ];
  bubbles.forEach(([x, y, w, h, dir], i) => {
    const col = cols[i % cols.length] ?? "#3d405b";
    const tx = dir > 0 ? x + w * 0.25 : x + w * 0.75;
    b += rect(x + 12, y + 14, w, h, "#000", 'rx="48" opacity="0.08"');
    b += poly([[tx - 30, y + h - 10], [tx + 30, y + h - 10], [tx - dir * 50, y + h + 80]], col, 'opacity="0.95"');
    b += rect(x, y, w, h, col, 'rx="48" opacity="0.95"');
    const light = i === 3 ? "#3d405b" : "#ffffff";
    const lines = Math.floor((h - 80) / 44) + 1;
    for (let k = 0; k < lines; k++) {
      const lw = k === lines - 1 ? r.range(0.3, 0.6) : r.range(0.7, 0.9);
      b += rect(x + 50, y + 55 + k * 44, (w - 100) * lw, 18, light, 'rx="9" opacity="0.55"');
    }
  });
  // ellipsis dots bubble
  b += rect(1340, 760, 200, 90, "#3d405b", 'rx="45"');
  for (let k = 0; k < 3; k++) b += circle(1395 + k * 45, 805, 12, "#f5eee3");
  return svgDoc(W, H, defs, b);
}

function opinionPaper(r: Rand): string {
  const defs =
    linear("table", [[0, "#9b6b45"], [1, "#7b5234"]], 0, 0, 1, 1) +
    linear("paper", [[0, "#f3efe6"], [0.5, "#e6e0d3"], [0.52, "#f6f2ea"], [1, "#ece6da"]], 0, 0, 1, 0) +
    radial("coffee", [[0, "#5a3522"], [0.8, "#3c2216"], [0.92, "#a0704a"], [1, "#6b4630"]]) +
    blur("shadow", 14);
  let b = rect(0, 0, W, H, "url(#table)");
  for (let y = 0; y < H; y += 150) b += rect(0, y, W, 3, "#5e3d26", 'opacity="0.5"');
  for (let i = 0; i < 40; i++) b += rect(r.range(0, W), r.range(0, H), r.range(80, 300), 2, "#6e4a30", 'opacity="0.3"');
  b += `<g transform="rotate(-7 640 460)">`;
  b += rect(250, 130, 780, 640, "#000", 'opacity="0.35" filter="url(#shadow)" transform="translate(16 18)"');
  b += rect(250, 130, 780, 640, "url(#paper)");
  b += rect(290, 170, 700, 40, "#2f2f2f", 'opacity="0.85"');
  b += rect(290, 225, 700, 3, "#555", 'opacity="0.7"');
  b += rect(290, 250, 400, 24, "#3a3a3a", 'opacity="0.75"');
  b += rect(290, 290, 330, 200, "#9aa4ad");
  b += poly([[300, 480], [420, 370], [500, 440], [560, 400], [610, 480]], "#6e7c88");
  b += circle(560, 330, 22, "#d9dee2");
  const col = (x0: number, y0: number, y1: number, w: number) => {
    let out = "";
    for (let y = y0; y < y1; y += 16) out += rect(x0, y, w * (y + 16 >= y1 ? 0.6 : r.range(0.9, 1)), 6, "#777", 'opacity="0.6" rx="1"');
    return out;
  };
  b += col(640, 290, 490, 160) + col(820, 290, 490, 170);
  b += rect(290, 510, 400, 18, "#3a3a3a", 'opacity="0.7"');
  b += col(290, 545, 740, 210) + col(520, 545, 740, 210) + col(750, 545, 740, 240);
  b += rect(637, 130, 6, 640, "#cfc7b6", 'opacity="0.6"');
  b += `</g>`;
  // coffee cup on saucer
  b += circle(1230, 500, 200, "#000", 'opacity="0.35" filter="url(#shadow)"');
  b += circle(1220, 490, 195, "#f7f7f5") + circle(1220, 490, 150, "#e9e8e4");
  b += rect(1340, 470, 110, 44, "#f2f1ed", 'rx="22" transform="rotate(20 1340 490)"');
  b += circle(1220, 490, 132, "#ffffff") + circle(1220, 490, 110, "url(#coffee)");
  b += `<ellipse cx="1190" cy="460" rx="30" ry="14" fill="#c99a70" opacity="0.5" transform="rotate(-25 1190 460)"/>`;
  // spoon
  b += `<g transform="rotate(-50 1180 760)">${rect(1100, 752, 170, 12, "#c8ccd2", 'rx="6"')}<ellipse cx="1290" cy="758" rx="34" ry="22" fill="#c8ccd2"/></g>`;
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// TRAVEL — mountain road, coast with lighthouse, aircraft wing above clouds

function travelMountains(r: Rand): string {
  const defs =
    linear("sky", [[0, "#6fb0df"], [1, "#eaf4fb"]]) +
    linear("far", [[0, "#9fb3c9"], [1, "#c3d1de"]]) +
    linear("mid", [[0, "#6d8ea8"], [1, "#87a3b8"]]) +
    linear("near", [[0, "#5b8f4e"], [1, "#3b6b35"]]) +
    linear("near2", [[0, "#4f8445"], [1, "#2f5a2b"]]);
  let b = rect(0, 0, W, H, "url(#sky)");
  b += circle(1260, 170, 70, "#fffbe6", 'opacity="0.9"');
  b += cloud(r, 380, 170, 0.8, "#ffffff", 0.85) + cloud(r, 980, 120, 0.6, "#ffffff", 0.7);
  const peaks = (baseY: number, peaksList: [number, number][], fill: string, snow: boolean) => {
    const pts: [number, number][] = [[0, H], [0, baseY]];
    let out = "";
    for (const [px, py] of peaksList) {
      pts.push([px - 160, baseY - (baseY - py) * 0.3]);
      pts.push([px, py]);
      pts.push([px + 170, baseY - (baseY - py) * 0.35]);
      if (snow) {
        const sh = (baseY - py) * 0.28;
        out += poly([[px, py], [px - sh * 0.85, py + sh], [px - sh * 0.35, py + sh * 0.8], [px, py + sh * 1.1], [px + sh * 0.4, py + sh * 0.75], [px + sh * 0.9, py + sh]], "#ffffff");
      }
    }
    pts.push([W, baseY], [W, H]);
    return poly(pts, fill) + out;
  };
  b += peaks(520, [[200, 220], [560, 170], [930, 240], [1300, 150], [1560, 260]], "url(#far)", true);
  b += peaks(600, [[80, 380], [420, 330], [780, 390], [1150, 320], [1500, 370]], "url(#mid)", true);
  b += `<path d="M0 620 Q300 540 620 600 T1200 570 T1600 600 V900 H0 Z" fill="url(#near)"/>`;
  b += `<path d="M0 760 Q400 680 900 740 T1600 700 V900 H0 Z" fill="url(#near2)"/>`;
  // winding road from foreground to distance
  const left: [number, number][] = [];
  const right: [number, number][] = [];
  const centre: [number, number][] = [];
  const steps = 60;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const y = H + 10 - t * 330;
    const x = 760 + Math.sin(t * Math.PI * 2.6) * (280 * (1 - t) + 40) + t * 160;
    const w = 170 * Math.pow(1 - t, 1.3) + 8;
    centre.push([x, y]);
    left.push([x - w / 2, y]);
    right.push([x + w / 2, y]);
  }
  b += poly([...left, ...right.reverse()], "#5b6067");
  b += `<polyline points="${centre.map(([x, y]) => `${f(x)},${f(y)}`).join(" ")}" fill="none" stroke="#f2d24b" stroke-width="4" stroke-dasharray="26 20"/>`;
  // conifers
  for (let i = 0; i < 50; i++) {
    const x = r.range(0, W);
    const y = r.range(640, 880);
    const near = centre.some(([cx, cy]) => Math.abs(cy - y) < 30 && Math.abs(cx - x) < 120);
    if (near) continue;
    const h = 30 + (y - 620) * 0.25;
    b += poly([[x - h * 0.3, y], [x + h * 0.3, y], [x, y - h]], r() < 0.5 ? "#244a25" : "#2d5a2c");
  }
  return svgDoc(W, H, defs, b);
}

function travelCoast(r: Rand): string {
  const defs =
    linear("sky", [[0, "#7ccbee"], [1, "#eaf8fc"]]) +
    linear("sea", [[0, "#22a7bc"], [1, "#0b5f7f"]]) +
    linear("cliff", [[0, "#d1ad72"], [1, "#9b7645"]], 0, 0, 1, 0) +
    linear("beam", [[0, "#fffbe0", 0.55], [1, "#fffbe0", 0]], 1, 0, 0, 0);
  let b = rect(0, 0, W, 480, "url(#sky)");
  b += circle(420, 150, 70, "#fff6c4");
  b += cloud(r, 700, 140, 0.9, "#ffffff", 0.9) + cloud(r, 180, 260, 0.6, "#ffffff", 0.8);
  b += rect(0, 480, W, H - 480, "url(#sea)");
  for (let i = 0; i < 70; i++) {
    const y = 490 + Math.pow(r(), 0.9) * 380;
    b += rect(r.range(0, 1200), y, r.range(20, 80) * (y / 600), 3, "#ffffff", `opacity="${f(r.range(0.15, 0.45))}" rx="1.5"`);
  }
  // cliff
  b += `<path d="M1600 260 L1240 300 C1180 330 1150 400 1120 470 C1100 560 1060 620 1000 700 L980 900 H1600 Z" fill="url(#cliff)"/>`;
  b += `<path d="M1600 245 L1230 290 C1210 300 1200 310 1240 312 L1600 280 Z" fill="#6aa35a"/>`;
  b += `<path d="M1200 420 L1600 430 M1150 560 L1600 560 M1080 680 L1600 700" stroke="#8a6a3c" stroke-width="6" opacity="0.5"/>`;
  // lighthouse
  const lx = 1400;
  b += poly([[lx - 45, 295], [lx + 45, 295], [lx + 28, 110], [lx - 28, 110]], "#f7f7f2");
  for (let k = 0; k < 3; k++) {
    const y0 = 130 + k * 60;
    const w0 = 28 + ((y0 - 110) / 185) * 17;
    const w1 = 28 + ((y0 + 26 - 110) / 185) * 17;
    b += poly([[lx - w0, y0], [lx + w0, y0], [lx + w1, y0 + 26], [lx - w1, y0 + 26]], "#d1403a");
  }
  b += rect(lx - 36, 100, 72, 12, "#333") + rect(lx - 22, 60, 44, 42, "#fff4b0") + poly([[lx - 28, 62], [lx + 28, 62], [lx, 30]], "#d1403a");
  b += poly([[lx - 20, 70], [lx - 20, 95], [lx - 600, 140], [lx - 600, 20]], "url(#beam)");
  // beach bottom-left
  b += `<path d="M0 700 Q300 660 620 760 T900 900 H0 Z" fill="#f1dcae"/>`;
  b += `<path d="M0 700 Q300 660 620 760 T900 900" stroke="#ffffff" stroke-width="10" fill="none" opacity="0.8"/>`;
  // sailing boat
  const bx = 560;
  const by = 590;
  b += `<path d="M${bx - 80} ${by} L${bx + 90} ${by} L${bx + 60} ${by + 28} L${bx - 60} ${by + 28} Z" fill="#23395b"/>`;
  b += rect(bx - 2, by - 190, 5, 190, "#4a3b2a");
  b += poly([[bx + 6, by - 180], [bx + 6, by - 10], [bx + 100, by - 10]], "#ffffff");
  b += poly([[bx - 6, by - 150], [bx - 6, by - 10], [bx - 80, by - 10]], "#f3ead6");
  b += `<ellipse cx="${bx}" cy="${by + 34}" rx="110" ry="6" fill="#ffffff" opacity="0.4"/>`;
  // gulls
  for (let i = 0; i < 4; i++) {
    const gx = r.range(900, 1200);
    const gy = r.range(100, 240);
    b += `<path d="M${f(gx - 12)} ${f(gy)} q6 -7 12 0 q6 -7 12 0" stroke="#37474f" stroke-width="3" fill="none"/>`;
  }
  return svgDoc(W, H, defs, b);
}

function travelWing(r: Rand): string {
  const defs =
    linear("sky", [[0, "#1d3768"], [0.45, "#6b5c8f"], [0.75, "#f39a60"], [1, "#ffd79e"]]) +
    linear("wing", [[0, "#e2e7ee"], [1, "#7f8998"]]) +
    radial("sun", [[0, "#fff3cf", 1], [0.2, "#ffd48a", 0.7], [1, "#ffb36b", 0]]);
  let b = rect(0, 0, W, H, "url(#sky)");
  b += circle(1120, 560, 320, "url(#sun)") + circle(1120, 565, 55, "#fff5d8");
  // cloud sea
  for (let row = 0; row < 6; row++) {
    const y = 560 + row * 65;
    const colour = row < 2 ? "#f6c9a8" : row < 4 ? "#f4d9c6" : "#fae9dd";
    for (let x = -60; x < W + 80; x += r.range(70, 140)) {
      b += circle(x, y + r.range(-15, 15), r.range(50, 95) + row * 8, colour, `opacity="${f(0.85 + row * 0.02)}"`);
    }
  }
  // wing, from lower left towards the horizon
  b += poly([[-40, 520], [1180, 690], [1195, 720], [-40, 790]], "url(#wing)");
  b += poly([[1160, 690], [1250, 520], [1285, 525], [1205, 722]], "#c9d0da");
  b += poly([[1250, 520], [1285, 525], [1280, 545], [1245, 540]], "#c0392b");
  b += `<path d="M-40 735 L1170 712 M300 742 L300 760 M620 728 L620 745 M900 720 L900 735" stroke="#6c7685" stroke-width="3"/>`;
  b += `<path d="M-40 560 L1180 694" stroke="#ffffff" stroke-width="3" opacity="0.6"/>`;
  b += `<ellipse cx="360" cy="800" rx="190" ry="60" fill="#9aa3b0"/><ellipse cx="200" cy="800" rx="30" ry="55" fill="#4a5260"/>`;
  b += rect(330, 725, 60, 40, "#8c95a3");
  // window frame corner
  b += `<path d="M0 0 H${W} V${H} H0 Z M60 40 Q40 40 40 80 V820 Q40 860 80 860 H1520 Q1560 860 1560 820 V80 Q1560 40 1520 40 Z" fill="#20232a" fill-rule="evenodd" opacity="0.9"/>`;
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// HEALTH — heartbeat line, fruit bowl, capsules and tablets

function healthHeartbeat(r: Rand): string {
  const defs = linear("bg", [[0, "#0c4a4d"], [1, "#129080"]], 0, 0, 1, 1) + blur("glow", 10);
  let b = rect(0, 0, W, H, "url(#bg)");
  for (let x = 0; x < W; x += 40) b += rect(x, 0, 1.5, H, "#ffffff", `opacity="${x % 200 === 0 ? 0.12 : 0.05}"`);
  for (let y = 10; y < H; y += 40) b += rect(0, y, W, 1.5, "#ffffff", `opacity="${(y - 10) % 200 === 0 ? 0.12 : 0.05}"`);
  const base = 470;
  let d = `M0 ${base}`;
  for (let x0 = 60; x0 < W; x0 += 420) {
    const amp = r.range(0.9, 1.1);
    d += ` L${x0} ${base} q25 -40 50 0 L${x0 + 90} ${base} l14 22 l22 ${-260 * amp} l24 ${350 * amp} l16 ${-112 * amp + 0} L${x0 + 200} ${base} L${x0 + 230} ${base} q40 -70 80 0`;
  }
  d += ` L${W} ${base}`;
  b += `<path d="${d}" fill="none" stroke="#5ff5d6" stroke-width="18" opacity="0.5" filter="url(#glow)" stroke-linejoin="round"/>`;
  b += `<path d="${d}" fill="none" stroke="#ecfffa" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>`;
  b += circle(W - 130, base, 10, "#ecfffa") + circle(W - 130, base, 30, "#5ff5d6", 'opacity="0.5" filter="url(#glow)"');
  return svgDoc(W, H, defs, b);
}

function healthFruit(r: Rand): string {
  const defs =
    linear("wall", [[0, "#f7f0e4"], [1, "#ebdfcc"]]) +
    linear("table", [[0, "#d9b38c"], [1, "#b88d63"]]) +
    linear("bowl", [[0, "#4a8fa0"], [1, "#2c6373"]]) +
    radial("apple", [[0, "#ff8a7a"], [0.5, "#d8403a"], [1, "#9c231f"]], 0.5, 0.5, 0.6, 0.35, 0.3) +
    radial("orange", [[0, "#ffd08a"], [0.5, "#f39c34"], [1, "#c76b12"]], 0.5, 0.5, 0.6, 0.35, 0.3) +
    radial("pear", [[0, "#e5f29a"], [1, "#8fb33c"]], 0.5, 0.5, 0.6, 0.35, 0.3) +
    radial("grape", [[0, "#b38ad6"], [1, "#4e2a77"]], 0.5, 0.5, 0.6, 0.35, 0.3);
  let b = rect(0, 0, W, 620, "url(#wall)") + rect(0, 620, W, 280, "url(#table)");
  b += `<ellipse cx="800" cy="845" rx="480" ry="40" fill="#000" opacity="0.15"/>`;
  b += `<g transform="translate(800 640) scale(1.35) translate(-800 -640)">`;
  // fruit heap (drawn before bowl front)
  b += `<path d="M560 470 C620 380 700 360 760 420" stroke="#f4d03f" stroke-width="60" fill="none" stroke-linecap="round"/>`;
  b += `<path d="M560 470 C620 380 700 360 760 420" stroke="#d4ac0d" stroke-width="6" fill="none" opacity="0.6" transform="translate(0 22)"/>`;
  for (let i = 0; i < 14; i++) b += circle(930 + (i % 4) * 34 + r.range(-5, 5), 390 + Math.floor(i / 4) * 32 + r.range(-4, 4), 22, "url(#grape)");
  b += circle(700, 520, 85, "url(#orange)") + circle(880, 510, 80, "url(#apple)");
  b += `<path d="M1000 540 C960 540 950 470 990 440 C1000 400 1030 400 1040 440 C1080 470 1070 540 1030 540 Z" fill="url(#pear)" transform="translate(20 0) scale(1.25) translate(-200 -110)"/>`;
  b += circle(560, 540, 78, "url(#apple)") + circle(1060, 555, 75, "url(#orange)");
  b += `<path d="M880 432 q4 -28 18 -40" stroke="#5b3b1f" stroke-width="6" fill="none"/><ellipse cx="912" cy="400" rx="24" ry="10" fill="#4caf50" transform="rotate(-25 912 400)"/>`;
  b += `<path d="M560 464 q2 -24 14 -36" stroke="#5b3b1f" stroke-width="6" fill="none"/>`;
  // bowl
  b += `<path d="M430 560 H1170 C1150 700 1020 780 800 780 C580 780 450 700 430 560 Z" fill="url(#bowl)"/>`;
  b += `<ellipse cx="800" cy="560" rx="370" ry="26" fill="#6fb3c4"/>`;
  b += `<path d="M470 600 C520 700 620 740 760 750" stroke="#ffffff" stroke-width="8" fill="none" opacity="0.25"/>`;
  b += `</g>`;
  // carrots and tomato on table
  b += `<g transform="rotate(-12 1440 800)">${poly([[1370, 785], [1370, 825], [1580, 808]], "#ef7d22")}<path d="M1370 800 l-50 -30 M1370 805 l-60 -5 M1370 810 l-45 25" stroke="#3f8f3a" stroke-width="8"/></g>`;
  b += `<g transform="rotate(-6 1440 850)">${poly([[1350, 835], [1350, 870], [1540, 856]], "#e66f14")}<path d="M1350 848 l-45 -25 M1350 852 l-55 0" stroke="#3f8f3a" stroke-width="8"/></g>`;
  b += circle(170, 790, 60, "url(#apple)") + `<path d="M150 740 l20 10 l20 -10 l-10 18 Z" fill="#3f8f3a"/>`;
  b += `<ellipse cx="120" cy="870" rx="70" ry="22" fill="#7cbf5a" transform="rotate(-15 120 870)"/>`;
  return svgDoc(W, H, defs, b);
}

function healthPills(r: Rand): string {
  const defs =
    linear("bg", [[0, "#eef7f5"], [1, "#cfe7e2"]], 0, 0, 1, 1) +
    blur("shadow", 6) +
    linear("shine", [[0, "#ffffff", 0.55], [0.5, "#ffffff", 0], [1, "#000000", 0.08]]);
  const pairs: [string, string][] = [["#f08a7e", "#ffffff"], ["#5bb8b0", "#f6d365"], ["#6c8ebf", "#ffffff"], ["#f6d365", "#f08a7e"]];
  let b = rect(0, 0, W, H, "url(#bg)");
  const cols = 7;
  const rows = 4;
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const cx = 140 + i * 220 + r.range(-50, 50) + (j % 2) * 60;
      const cy = 130 + j * 210 + r.range(-40, 40);
      const rot = r.range(-80, 80);
      if (r() < 0.35) {
        b += circle(cx + 6, cy + 10, 44, "#000", 'opacity="0.18" filter="url(#shadow)"');
        b += circle(cx, cy, 44, r() < 0.7 ? "#ffffff" : "#fde3b0");
        b += circle(cx, cy, 44, "url(#shine)");
        b += `<path d="M${f(cx - 34)} ${f(cy)} H${f(cx + 34)}" stroke="#cfd8d6" stroke-width="4" transform="rotate(${f(rot)} ${f(cx)} ${f(cy)})"/>`;
      } else {
        const [a, c] = r.pick(pairs);
        b += `<g transform="rotate(${f(rot)} ${f(cx)} ${f(cy)})">`;
        b += rect(cx - 78, cy - 24, 156, 60, "#000", 'rx="30" opacity="0.18" filter="url(#shadow)"');
        b += rect(cx - 80, cy - 30, 160, 60, a, 'rx="30"');
        b += `<path d="M${f(cx)} ${f(cy - 30)} H${f(cx + 50)} A30 30 0 0 1 ${f(cx + 50)} ${f(cy + 30)} H${f(cx)} Z" fill="${c}"/>`;
        b += rect(cx - 80, cy - 30, 160, 60, "url(#shine)", 'rx="30"');
        b += rect(cx - 2, cy - 30, 4, 60, "#000", 'opacity="0.08"');
        b += `</g>`;
      }
    }
  }
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// AUTHORS — abstract portrait silhouettes

const AUTHOR_STYLES = [
  { bg: ["#f2b5a0", "#d9775b"], fg: "#5a2a1f", hair: "long" },
  { bg: ["#a9c8e8", "#5b8fc7"], fg: "#1f3550", hair: "short" },
  { bg: ["#c9d9b3", "#7fa35c"], fg: "#2f4420", hair: "beard" },
  { bg: ["#f4d58d", "#e0a63a"], fg: "#5c3d0c", hair: "curly" },
  { bg: ["#d7c3ee", "#9a78c9"], fg: "#3a2556", hair: "bun" },
  { bg: ["#a8e0d8", "#3fa59a"], fg: "#134740", hair: "short" },
  { bg: ["#f5c0cf", "#d9708f"], fg: "#5a1f33", hair: "long" },
  { bg: ["#c6ccd6", "#7a8698"], fg: "#262d38", hair: "glasses" },
] as const;

function authorPortrait(index: number): string {
  const s = AUTHOR_STYLES[index % AUTHOR_STYLES.length] ?? AUTHOR_STYLES[0];
  const S = 400;
  const defs = radial("bg", [[0, s.bg[0]], [1, s.bg[1]]], 0.5, 0.35, 0.75);
  let b = rect(0, 0, S, S, "url(#bg)");
  b += circle(200, 180, 150, "#ffffff", 'opacity="0.12"');
  const fg = s.fg;
  if (s.hair === "long") b += `<path d="M118 170 C110 90 160 70 200 70 C240 70 290 90 282 170 L300 300 H100 Z" fill="${fg}" opacity="0.85"/>`;
  b += `<path d="M50 400 C50 310 120 268 200 268 C280 268 350 310 350 400 Z" fill="${fg}"/>`;
  b += rect(175, 220, 50, 60, fg);
  b += `<ellipse cx="200" cy="168" rx="68" ry="82" fill="${fg}"/>`;
  if (s.hair === "short") b += `<path d="M130 160 C128 100 165 80 200 80 C245 80 275 105 270 160 C255 120 220 112 200 112 C170 112 145 125 130 160 Z" fill="#000" opacity="0.25"/>`;
  if (s.hair === "bun") b += circle(200, 78, 30, fg) + `<path d="M132 150 C135 100 170 88 200 88 C232 88 265 100 268 150 C250 118 150 118 132 150 Z" fill="#000" opacity="0.25"/>`;
  if (s.hair === "curly") for (let k = 0; k < 9; k++) b += circle(140 + k * 15, 98 + Math.abs(4 - k) * 7, 24, fg);
  if (s.hair === "beard") b += `<path d="M138 190 C145 250 175 262 200 262 C225 262 255 250 262 190 C245 215 155 215 138 190 Z" fill="#000" opacity="0.25"/>`;
  if (s.hair === "glasses") b += `<g fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="5"><circle cx="173" cy="165" r="20"/><circle cx="227" cy="165" r="20"/><path d="M193 165 h14"/></g>`;
  return svgDoc(S, S, defs, b);
}

// ---------------------------------------------------------------------------
// what each picture shows (keep in sync with imageAlt in prisma/demo/articles-*.ts)

const PICTURES: Record<string, { draw: (r: Rand) => string; shows: string }> = {
  "world-1": { draw: worldSkyline, shows: "city skyline at dusk with lit windows, reflected in a river" },
  "world-2": { draw: worldHarbour, shows: "harbour with cranes and a container ship" },
  "world-3": { draw: worldAssembly, shows: "domed parliament-style building with columns and flagpoles" },
  "russia-1": { draw: russiaChurch, shows: "onion-domed church and snowy rooftops in falling snow" },
  "russia-2": { draw: russiaTrain, shows: "red passenger train crossing a snowy plain past birch trees" },
  "russia-3": { draw: russiaBridge, shows: "steel truss bridge across a wide river at sunset" },
  "business-1": { draw: businessChart, shows: "bar chart with a rising gold trend line" },
  "business-2": { draw: businessTowers, shows: "glass office towers seen from street level" },
  "business-3": { draw: businessFactory, shows: "factory with sawtooth roofs and smoking chimneys" },
  "sport-1": { draw: sportStadium, shows: "floodlit football stadium seen from above" },
  "sport-2": { draw: sportTrack, shows: "curving lanes of a running track with start blocks" },
  "sport-3": { draw: sportRink, shows: "ice hockey rink seen from above" },
  "science-tech-1": { draw: techCircuit, shows: "circuit board traces around a chip" },
  "science-tech-2": { draw: techTelescope, shows: "radio telescope dish under a starry sky" },
  "science-tech-3": { draw: techMolecule, shows: "network of glowing spheres joined like a molecule" },
  "culture-1": { draw: cultureStage, shows: "theatre stage with red curtains and a spotlight on a chair" },
  "culture-2": { draw: cultureGallery, shows: "gallery wall with three framed abstract paintings and a bench" },
  "culture-3": { draw: cultureBooks, shows: "bookshelves full of coloured spines and a potted plant" },
  "opinion-1": { draw: opinionDesk, shows: "desk lamp lighting an open notebook, pen and mug" },
  "opinion-2": { draw: opinionBubbles, shows: "overlapping speech bubbles" },
  "opinion-3": { draw: opinionPaper, shows: "folded newspaper beside a cup of coffee" },
  "travel-1": { draw: travelMountains, shows: "road winding through green valleys below snowy peaks" },
  "travel-2": { draw: travelCoast, shows: "coast with a lighthouse on a cliff and a sailing boat" },
  "travel-3": { draw: travelWing, shows: "aircraft wing above clouds at sunrise" },
  "health-1": { draw: healthHeartbeat, shows: "heartbeat trace on a teal grid" },
  "health-2": { draw: healthFruit, shows: "bowl of fruit with vegetables on a table" },
  "health-3": { draw: healthPills, shows: "capsules and tablets on a pale surface" },
};

async function writeJpeg(svg: string, file: string): Promise<number> {
  const out = path.join(OUT_DIR, file);
  await sharp(Buffer.from(svg)).flatten({ background: "#ffffff" }).jpeg({ quality: 72, mozjpeg: true }).toFile(out);
  return (await stat(out)).size;
}

async function main() {
  await mkdir(OUT_DIR, { recursive: true });
  const wanted = new Set<string>();
  for (const section of demoSections) {
    for (let n = 1; n <= 3; n++) {
      const name = `${section.slug}-${n}`;
      const pic = PICTURES[name];
      if (!pic) throw new Error(`No picture defined for ${name}`);
      const size = await writeJpeg(pic.draw(seeded(name)), `${name}.jpg`);
      wanted.add(`${name}.jpg`);
      console.log(`${name}.jpg`.padEnd(24), `${(size / 1024).toFixed(1).padStart(6)} KB  ${pic.shows}`);
      if (size > 120 * 1024) console.warn(`  warning: ${name}.jpg is larger than 120 KB`);
    }
  }
  for (const [i, author] of demoAuthors.entries()) {
    const size = await writeJpeg(authorPortrait(i), author.avatar);
    wanted.add(author.avatar);
    console.log(author.avatar.padEnd(24), `${(size / 1024).toFixed(1).padStart(6)} KB`);
  }
  let total = 0;
  for (const file of await readdir(OUT_DIR)) {
    if (!wanted.has(file)) console.warn(`  note: ${file} in public/demo is not produced by this script`);
    total += (await stat(path.join(OUT_DIR, file))).size;
  }
  console.log(`total ${(total / 1024).toFixed(0)} KB in ${OUT_DIR}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
