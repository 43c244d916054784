// Every door checks its own lock. This spec reads the production build's own manifests, so it
// enumerates EVERY server action, newsroom page and private route handler the build contains —
// a new one that is not classified below fails the test until someone decides who may use it.
// Each is then called as anonymous, reader, writer and editor, and must refuse whoever is below
// its level: server actions answer with a refusal (never a 500, never a success), pages redirect
// anonymous visitors to sign in and answer 403 to the rest, route handlers answer 401/403.
import fs from "node:fs";
import path from "node:path";
import { test, expect, type APIRequestContext, type Browser } from "@playwright/test";
import { authFile, type DemoRole } from "./db";

type Level = "anyone" | "signed-in" | "staff" | "editor" | "admin";
const RANK: Record<Level, number> = { anyone: 0, "signed-in": 1, staff: 2, editor: 3, admin: 4 };
const ROLE_RANK: Record<DemoRole | "anonymous", number> = { anonymous: 0, reader: 1, writer: 2, editor: 3, admin: 4 };

/** Who may call each server action, by "file#export". */
const ACTIONS: Record<string, Level> = {
  "lib/actions/account.ts#signUpAction": "anyone",
  "lib/actions/account.ts#requestPasswordResetAction": "anyone",
  "lib/actions/account.ts#resetPasswordAction": "anyone",
  "lib/actions/account.ts#verifyEmailAction": "anyone",
  "lib/actions/account.ts#resendVerificationAction": "signed-in",
  "lib/actions/account.ts#changeNameAction": "signed-in",
  "lib/actions/account.ts#changeEmailAction": "signed-in",
  "lib/actions/account.ts#changePasswordAction": "signed-in",
  "lib/actions/account.ts#deleteAccountAction": "signed-in",
  "lib/actions/reading.ts#setBookmarkAction": "signed-in",
  "lib/actions/reading.ts#setFollowingAction": "signed-in",
  "app/(newsroom)/newsroom/articles/actions.ts#saveArticleAction": "staff",
  "app/(newsroom)/newsroom/articles/actions.ts#moveArticleAction": "staff",
  "app/(newsroom)/newsroom/articles/actions.ts#deleteArticleAction": "staff",
  "app/(newsroom)/newsroom/articles/actions.ts#previewLinkAction": "staff",
  "app/(newsroom)/newsroom/articles/actions.ts#restoreRevisionAction": "staff",
  "app/(newsroom)/newsroom/media/actions.ts#uploadMediaAction": "staff",
  "app/(newsroom)/newsroom/media/actions.ts#updateMediaAction": "staff",
  "app/(newsroom)/newsroom/media/actions.ts#deleteMediaAction": "staff",
  "app/(newsroom)/newsroom/admin-actions.ts#renameTagAction": "editor",
  "app/(newsroom)/newsroom/admin-actions.ts#deleteTagAction": "editor",
  "app/(newsroom)/newsroom/admin-actions.ts#createUserAction": "admin",
  "app/(newsroom)/newsroom/admin-actions.ts#changeRoleAction": "admin",
  "app/(newsroom)/newsroom/admin-actions.ts#disableUserAction": "admin",
  "app/(newsroom)/newsroom/admin-actions.ts#enableUserAction": "admin",
  "app/(newsroom)/newsroom/admin-actions.ts#resetPasswordAction": "admin",
  "app/(newsroom)/newsroom/admin-actions.ts#createSectionAction": "admin",
  "app/(newsroom)/newsroom/admin-actions.ts#updateSectionAction": "admin",
  "app/(newsroom)/newsroom/admin-actions.ts#deleteSectionAction": "admin",
  "app/(newsroom)/newsroom/admin-actions.ts#restoreArticleFormAction": "admin",
};

/** Who may open each newsroom page (the path with [params] filled in). */
const PAGES: Record<string, Level> = {
  "/newsroom": "staff",
  "/newsroom/articles/new": "staff",
  "/newsroom/articles/[id]": "staff",
  "/newsroom/articles/[id]/revisions": "staff",
  "/newsroom/media": "staff",
  "/newsroom/media/[id]": "staff",
  "/newsroom/tags": "editor",
  "/newsroom/sections": "admin",
  "/newsroom/users": "admin",
  "/newsroom/deleted": "admin",
  "/newsroom/audit": "admin",
};

/** Reader pages (everything outside the newsroom): who may open them. Public ones must answer an
 *  anonymous visitor without a 5xx, whatever the edition. "signed-in" ones send anonymous visitors
 *  to sign in. A new page fails the test below until it is listed here. */
const READER_PAGES: Record<string, Level> = {
  "/": "anyone",
  "/[section]": "anyone",
  "/news/[ref]": "anyone",
  "/tags/[slug]": "anyone",
  "/authors/[slug]": "anyone",
  "/search": "anyone",
  "/about": "anyone",
  "/preview/[token]": "anyone",
  "/signin": "anyone",
  "/signup": "anyone",
  "/forgot-password": "anyone",
  "/reset-password": "anyone",
  "/verify-email": "anyone",
  "/saved": "signed-in",
  "/my-feed": "signed-in",
  "/account": "signed-in",
  // Next's own error pages.
  "/_not-found": "anyone",
  "/_global-error": "anyone",
  // The Russian edition (docs/I18N.md): the same pages under /ru.
  "/ru": "anyone",
  "/ru/[section]": "anyone",
  "/ru/news/[ref]": "anyone",
  "/ru/tags/[slug]": "anyone",
  "/ru/authors/[slug]": "anyone",
  "/ru/search": "anyone",
  "/ru/signin": "anyone",
  "/ru/signup": "anyone",
  "/ru/forgot-password": "anyone",
  "/ru/reset-password": "anyone",
  "/ru/verify-email": "anyone",
  "/ru/saved": "signed-in",
  "/ru/my-feed": "signed-in",
  "/ru/account": "signed-in",
};

/** Route handlers and who may call them; public ones (feeds, sitemaps, media files, cards) are "anyone". */
const ROUTES: Record<string, { level: Level; method: "GET" | "POST"; refuse?: number[] }> = {
  "/api/presence/[id]": { level: "staff", method: "POST" },
  "/account/data": { level: "signed-in", method: "GET" },
  // Cache invalidation from the scheduler: only an HMAC with the site's secret opens it, whatever
  // the session (level "admin" makes every role below try, and all must get 403).
  "/api/revalidate": { level: "admin", method: "POST", refuse: [403] },
};

const REFUSAL = /session has ended|sign in|do not have access|Only (?:admins|editors)|not allowed/i;

function manifest<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(".next", "server", name), "utf8")) as T;
}

/** "app/(newsroom)/newsroom/articles/[id]/page" → "/newsroom/articles/1". */
function urlOf(worker: string, fill = "1"): string {
  const route = worker.replace(/^app/, "").replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "");
  return (route || "/").replace(/\[\.{3}[^\]]+\]/g, "x").replace(/\[section\]/g, "world").replace(/\[[^\]]+\]/g, fill);
}

async function contextFor(browser: Browser, role: DemoRole | "anonymous") {
  return browser.newContext(role === "anonymous" ? {} : { storageState: authFile(role) });
}

const ROLES_TO_TRY = ["anonymous", "reader", "writer", "editor"] as const;

test("every server action in the build is classified, and refuses everyone below its level", async ({ browser }) => {
  const actions = manifest<{ node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> }>("server-reference-manifest.json").node;
  const found = Object.values(actions).map((a) => `${a.filename}#${a.exportedName}`);
  expect(found.filter((key) => !(key in ACTIONS)), "unclassified server actions").toEqual([]);
  expect(Object.keys(ACTIONS).filter((key) => !found.includes(key)), "classified actions missing from the build").toEqual([]);

  const contexts = Object.fromEntries(await Promise.all(ROLES_TO_TRY.map(async (r) => [r, (await contextFor(browser, r)).request] as const))) as Record<(typeof ROLES_TO_TRY)[number], APIRequestContext>;
  let refusals = 0;
  for (const [id, action] of Object.entries(actions)) {
    const key = `${action.filename}#${action.exportedName}`;
    const level = ACTIONS[key]!;
    const url = urlOf(Object.keys(action.workers)[0]!);
    for (const role of ROLES_TO_TRY) {
      const response = await contexts[role].post(url, { headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" }, data: "[]", maxRedirects: 0 });
      const text = await response.text();
      expect(response.status(), `${role} → ${key} at ${url}: ${text.slice(0, 300)}`).toBeLessThan(500);
      if (ROLE_RANK[role] < RANK[level]) {
        expect(text, `${role} → ${key}`).not.toMatch(/"ok":true/);
        expect(text, `${role} → ${key} must be refused`).toMatch(REFUSAL);
        refusals++;
      }
    }
  }
  expect(refusals).toBeGreaterThan(60);
});

test("every server action survives garbage from the most privileged caller: wrong types, huge and hostile values, never a 500", async ({ browser }) => {
  const actions = manifest<{ node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> }>("server-reference-manifest.json").node;
  const admin = (await contextFor(browser, "admin")).request;
  const payloads = [
    "[]",
    "[null]",
    "[null, null]",
    '["<script>alert(1)</script>", "\'; DROP TABLE \\"Article\\"; --", "\u202e"]',
    '[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}]',
    "[1e308, -1, 9007199254740993, 2147483648]",
    JSON.stringify([{ id: "1 OR 1=1", version: "x", headline: "x".repeat(200_000), body: { type: "doc", content: "nope" } }]),
  ];
  // (A body that is not React's reply encoding at all never reaches our code: Next's decodeReply
  // throws first and answers 500. That is the framework's protocol layer; see docs/NEWSROOM.md.)
  for (const [id, action] of Object.entries(actions)) {
    const url = urlOf(Object.keys(action.workers)[0]!);
    for (const data of payloads) {
      const response = await admin.post(url, { headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" }, data, maxRedirects: 0 });
      expect(response.status(), `${action.exportedName} with ${data.slice(0, 60)}`).toBeLessThan(500);
    }
  }
});

test("every newsroom page in the build is classified: anonymous → sign in, lower roles → 403", async ({ browser }) => {
  const paths = Object.keys(manifest<Record<string, string>>("app-paths-manifest.json"))
    .filter((p) => p.endsWith("/page") && p.includes("/newsroom"))
    .map((p) => p.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, ""));
  expect(paths.filter((p) => !(p in PAGES)), "unclassified newsroom pages").toEqual([]);
  for (const [page, level] of Object.entries(PAGES)) {
    const url = page.replace(/\[[^\]]+\]/g, "1");
    for (const role of ROLES_TO_TRY) {
      const context = await contextFor(browser, role);
      const response = await context.request.get(url, { maxRedirects: 0 });
      if (role === "anonymous") {
        expect(response.status(), `${role} ${url}`).toBe(307);
        expect(response.headers().location, `${role} ${url}`).toMatch(/\/signin\?callbackUrl=/);
      } else if (ROLE_RANK[role] < RANK[level]) {
        expect(response.status(), `${role} ${url}`).toBe(403);
      } else {
        // Allowed in; a writer may still meet 403 on someone else's article (ownership, not role).
        const ok = role === "writer" && page.startsWith("/newsroom/articles/[id]") ? [200, 403, 404] : [200, 404];
        expect(ok, `${role} ${url} → ${response.status()}`).toContain(response.status());
      }
      await context.close();
    }
  }
});

test("every private route handler refuses anonymous callers and readers where it must", async ({ browser }) => {
  const routes = Object.keys(manifest<Record<string, string>>("app-paths-manifest.json"))
    .filter((p) => p.endsWith("/route"))
    .map((p) => p.replace(/\/route$/, "").replace(/\/\([^)]+\)/g, ""));
  // Public by design: feeds, sitemaps, robots, Open Graph cards, uploaded files, the view counter, next-auth.
  const PUBLIC = /(feed\.xml|atom\.xml|sitemap|robots|\/og\/|^\/media\/|^\/api\/views\/|^\/api\/auth\/)/;
  expect(routes.filter((r) => !PUBLIC.test(r) && !(r in ROUTES)), "unclassified route handlers").toEqual([]);
  for (const [route, { level, method, refuse }] of Object.entries(ROUTES)) {
    const url = route.replace(/\[[^\]]+\]/g, "1");
    for (const role of ROLES_TO_TRY) {
      if (ROLE_RANK[role] >= RANK[level]) continue;
      const context = await contextFor(browser, role);
      const response = method === "POST" ? await context.request.post(url, { maxRedirects: 0 }) : await context.request.get(url, { maxRedirects: 0 });
      const expected = refuse ?? (role === "anonymous" ? [401, 307] : [403, 404]);
      expect(expected, `${role} ${method} ${url} → ${response.status()}`).toContain(response.status());
      await context.close();
    }
  }
});

test("every reader page in the build is classified, and answers anonymous visitors without a 5xx", async ({ request }) => {
  const paths = Object.keys(manifest<Record<string, string>>("app-paths-manifest.json"))
    .filter((p) => p.endsWith("/page") && !p.includes("/newsroom"))
    .map((p) => p.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/");
  expect(paths.filter((p) => !(p in READER_PAGES)), "unclassified reader pages").toEqual([]);
  expect(Object.keys(READER_PAGES).filter((p) => !paths.includes(p)), "classified pages missing from the build").toEqual([]);
  for (const [page, level] of Object.entries(READER_PAGES)) {
    if (page.startsWith("/_")) continue;
    const url = page.replace(/\[section\]/g, "world").replace(/\[[^\]]+\]/g, "1");
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(500);
    if (level === "signed-in") {
      expect(response.status(), url).toBe(307);
      expect(response.headers().location, url).toMatch(/\/signin\?callbackUrl=/);
    }
  }
});
