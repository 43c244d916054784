// Publish-to-visible for `npm run bench`: a draft is published through the data layer
// (moveArticle, as the newsroom's Publish button does), its cache tags are sent to the server's
// /api/revalidate, announced to every instance or worker (lib/cache-broadcast.ts) and nginx is
// asked to refresh the pages they name (lib/cache-refresh.ts), exactly as the scheduler does, and
// the home page and the section front are polled — from Next and through nginx — until the
// headline shows. Bounded: 15 s per place.
import crypto from "node:crypto";
import pg from "pg";

const ROUNDS = 3;
const LIMIT_MS = 15_000;

export type Visible = { place: string; ms: number | null; rounds: number };

function sign(body: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(`revalidate:${body}`).digest("hex");
}

async function until(url: string, text: string, since: number): Promise<number | null> {
  while (performance.now() - since < LIMIT_MS) {
    const body = await fetch(url).then((r) => r.text()).catch(() => "");
    if (body.includes(text)) return performance.now() - since;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

export async function publishToVisible(url: string, secret: string, next: string, proxied: string | null, section: string, refreshToken: string): Promise<Visible[]> {
  // The data layer reads DATABASE_URL and NEXTAUTH_SECRET through lib/env.ts on first use.
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = secret;
  if (proxied) {
    // The refresh asks nginx for the pages under the public host, the one readers' requests name.
    Object.assign(process.env, { CACHE_REFRESH_URL: proxied, CACHE_REFRESH_TOKEN: refreshToken, SITE_URL: proxied });
  }
  const { moveArticle } = await import("@/lib/data/editorial");
  const { propagateInvalidation } = await import("@/lib/cache");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const places: [string, string][] = [
    ["home, Next alone", `${next}/`],
    [`section front, Next alone`, `${next}/${section}`],
    ...(proxied ? ([["home, behind nginx", `${proxied}/`], ["section front, behind nginx", `${proxied}/${section}`]] as [string, string][]) : []),
  ];
  const worst = new Map<string, number | null>(places.map(([p]) => [p, 0]));
  try {
    const { rows: editors } = await client.query<{ id: number }>(`SELECT id FROM "User" WHERE role = 'EDITOR' AND "disabledAt" IS NULL ORDER BY id LIMIT 1`);
    if (!editors[0]) throw new Error("the bench database has no editor to publish with");
    for (let round = 0; round < ROUNDS; round++) {
      const headline = `Bench publish ${crypto.randomBytes(6).toString("hex")}`;
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "sectionId", "updatedAt")
         SELECT $1, 'Published by the bench.', lower(replace($1, ' ', '-')), '{"type":"doc","content":[]}'::jsonb, '', 'DRAFT', s.id, now()
         FROM "Section" s WHERE s.slug = $2 RETURNING id`,
        [headline, section],
      );
      const since = performance.now();
      const saved = await moveArticle({ id: editors[0].id, role: "EDITOR" }, rows[0]!.id, 1, "publish");
      const body = JSON.stringify({ tags: saved.invalidate });
      const response = await fetch(`${next}/api/revalidate`, { method: "POST", headers: { "content-type": "application/json", "x-dateline-signature": sign(body, secret) }, body });
      if (!response.ok) throw new Error(`/api/revalidate answered ${response.status}`);
      // Announced to every worker (with --workers the POST reached one of them), then refreshed in nginx.
      const refreshed = propagateInvalidation(saved.invalidate);
      const [times] = await Promise.all([Promise.all(places.map(([, u]) => until(u, headline, since))), refreshed]);
      places.forEach(([place], i) => {
        const t = times[i]!;
        const before = worst.get(place);
        worst.set(place, before === null || t === null ? null : Math.max(before!, t));
      });
    }
  } finally {
    await client.end();
  }
  return places.map(([place]) => ({ place, ms: worst.get(place) ?? null, rounds: ROUNDS }));
}
