// Environment, parsed once with zod. Every variable Dateline reads is declared here (and in the
// README's configuration table); an invalid value stops the app with one clear message.
import "server-only";
import { z } from "zod";

const PORT_MESSAGE = "must be a whole number from 1 to 65535";
const port = z.coerce.number({ error: PORT_MESSAGE }).int(PORT_MESSAGE).min(1, PORT_MESSAGE).max(65535, PORT_MESSAGE);
const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must start with postgresql://");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  // Connections each server instance may hold. Reader pages are served from the data cache, so
  // the database sees only misses and writes; 5 keeps 2 cores busy without queueing in PostgreSQL.
  DATABASE_POOL_SIZE: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(5),
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).max(60).default("Dateline"),
  SITE_TIME_ZONE: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Europe/London")
    .default("Europe/London"),
  BREAKING_NEWS_HOURS: z.coerce.number({ error: "must be a number of hours" }).min(0, "must be 0 or more").max(168, "must be at most 168 (a week)").default(6),
  SITEMAP_CHUNK_SIZE: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(10, "must be at least 10").max(50_000, "must be at most 50000 (the sitemap protocol's limit)").default(20_000),
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number({ error: "must be a whole number of seconds" }).int("must be a whole number of seconds").min(0, "must be 0 (off) or more").max(60, "must be at most 60, or scheduled stories would miss their minute").default(15),
  PREVIEW_LINK_HOURS: z.coerce.number({ error: "must be a number of hours" }).min(0.1, "must be at least 0.1").max(720, "must be at most 720 (30 days)").default(48),
  // Feeds carry the whole story (true) or the standfirst only (false, the default).
  FEED_FULL_TEXT: z.stringbool({ error: "must be true or false" }).default(false),
  // OAuth sign-in for existing accounts; each provider switches on when both of its values are set.
  GITHUB_ID: z.string().max(200).optional(),
  GITHUB_SECRET: z.string().max(200).optional(),
  GOOGLE_CLIENT_ID: z.string().max(300).optional(),
  GOOGLE_CLIENT_SECRET: z.string().max(300).optional(),
  // The nginx micro-cache in front (docs/DEPLOY.md): after a write, the app asks it to fetch the
  // changed pages anew (lib/cache-refresh.ts), so readers see a publish at once, not within 2 s.
  CACHE_REFRESH_URL: z.url({ protocol: /^https?$/, error: "must be the nginx address, such as http://127.0.0.1:80" }).optional(),
  CACHE_REFRESH_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9_-]{32,64}$/, "must be 32 to 64 letters, digits, - or _ (try: openssl rand -hex 32), the same as in the nginx config")
    .optional(),
  PORT: port.default(3000),
  // `npm start` runs this many `next start` processes on PORT (scripts/web-cluster.mjs): one per
  // core the app may use. Node renders on one core, so one process leaves the others idle.
  WEB_WORKERS: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(64, "must be at most 64").default(1),
  EMBEDDED_PG_PORT: port.default(54329),
  DATELINE_DATA_DIR: z.string().optional(),
  // Uploaded media; the default is <DATELINE_DATA_DIR or .data>/media (see mediaDir()).
  MEDIA_DIR: z.string().optional(),
  // next.config.js reads this too, to size the server-action body limit to match.
  MEDIA_MAX_UPLOAD_MB: z.coerce.number({ error: "must be a number of megabytes" }).min(1, "must be at least 1").max(200, "must be at most 200").default(20),
  MEDIA_MAX_MEGAPIXELS: z.coerce.number({ error: "must be a number of megapixels" }).min(1, "must be at least 1").max(268, "must be at most 268 (sharp's own ceiling)").default(50),
  DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  // Outgoing mail (account links). Without SMTP_URL, messages are written to DATELINE_DATA_DIR/mail.
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/[^/\s]+/.test(v), "must look like smtp://user:password@host:587 or smtps://host:465")
    .optional(),
  MAIL_FROM: z
    .string()
    .max(200)
    .refine((v) => /^([^<>\r\n]*<)?[^@\s<>]+@[^@\s<>]+>?$/.test(v.trim()), "must be an address, optionally with a name: Dateline <news@example.org>")
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

const PAIRS = [
  ["GITHUB_ID", "GITHUB_SECRET"],
  ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
  ["CACHE_REFRESH_URL", "CACHE_REFRESH_TOKEN"],
] as const;

/** The OAuth providers whose settings are complete. */
export function oauthProviders(e: Env): ("github" | "google")[] {
  const out: ("github" | "google")[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) out.push("github");
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) out.push("google");
  return out;
}

/** Parses an environment; throws an Error whose message names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset", as in most deployment dashboards.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
  for (const [a, b] of PAIRS) if (Boolean(cleaned[a]) !== Boolean(cleaned[b])) problems.push(`${cleaned[a] ? b : a} must be set too (${a} and ${b} go together)`);
  if (!result.success || problems.length) throw new Error(`invalid environment: ${problems.join("; ")}`);
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start the site with `npm start`, which provides one");
  return url;
}
