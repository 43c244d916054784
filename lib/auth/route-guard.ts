// Input next-auth v4 answers with a 500 (and an error in the log), refused here first with a clear
// 4xx, before /api/auth/[...nextauth] hands the request to next-auth:
// - a `callbackUrl` (query) or callback-URL cookie that is not an http(s) URL or a path: next-auth
//   treats it as a configuration error on every endpoint, /api/auth/session included, so a hostile
//   cookie would break a reader's session polling until it expired. The cookie is cleared in the
//   same answer;
// - an `error` that is not a short code: next-auth copies it into a Location header, and a
//   character outside Latin-1 makes that header invalid;
// - the credentials callback without POST ("not supported", as a 500);
// - a JSON body that does not parse, or is not an object of strings (next-auth reads it unchecked),
//   and a `callbackUrl` in any body that is not an address (its redirect callback throws on it).
// The URL check is next-auth's own (core/lib/assert.js, isValidHttpUrl), so only what it would fail
// on is refused.

export const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"] as const;
const ERROR_CODE = /^[A-Za-z0-9:_.-]{1,100}$/;
const MAX_CALLBACK_URL = 2000;
/** The sign-in, sign-out and session forms are a few hundred bytes. */
export const MAX_AUTH_BODY = 64 * 1024;

export type AuthRefusal = { status: 400 | 405 | 413; error: string; clearCookies: string[] };

/** A body next-auth parses (JSON or a form) as text and as its fields; null for a body it ignores. */
export type AuthBody = { text: string; fields: Record<string, string> } | null;

export const refused = (status: AuthRefusal["status"], error: string): AuthRefusal => ({ status, error, clearCookies: [] });
const BAD_CALLBACK_URL = "callbackUrl must be one address on this site.";

/** Whether next-auth reads this request's body (next-auth/next/utils.js, getBody): a POSTed JSON document or form. */
export function readsAuthBody(method: string, contentType: string | null): boolean {
  return method === "POST" && !!contentType && (contentType.includes("application/json") || contentType.includes("application/x-www-form-urlencoded"));
}

/**
 * What next-auth would read from this body (next-auth/next/utils.js, getBody: JSON, or a form's
 * fields with the last of each name), or why it must not get it.
 */
export function parseAuthBody(method: string, contentType: string | null, text: string): AuthBody | AuthRefusal {
  if (!readsAuthBody(method, contentType) || !text) return null;
  if (text.length > MAX_AUTH_BODY) return refused(413, "The request is too large.");
  if (contentType!.includes("application/json")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return refused(400, "The body is not valid JSON.");
    }
    if (!value || typeof value !== "object" || Array.isArray(value) || !Object.values(value).every((v) => typeof v === "string")) {
      return refused(400, "The body must be an object of strings.");
    }
    return { text, fields: value as Record<string, string> };
  }
  return { text, fields: Object.fromEntries(new URLSearchParams(text)) };
}

/** next-auth's test of a callback URL, with a bound on its length. */
export function validCallbackUrl(url: string, base: string): boolean {
  if (url.length > MAX_CALLBACK_URL) return false;
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** The request's cookies by name (the first of each), their values decoded as Next decodes them. */
export function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    const raw = part.slice(at + 1).trim();
    if (!name || cookies.has(name)) continue;
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Kept as sent: next-auth then sees the same text.
    }
    cookies.set(name, value);
  }
  return cookies;
}

/** Why this request to /api/auth/{segments} must not reach next-auth, or null. `base` is the site's origin. */
export function refuseAuthRequest(request: { method: string; segments: string[]; search: URLSearchParams; cookie: string | null; base: string; fields?: Record<string, string> }): AuthRefusal | null {
  const [action, provider] = request.segments;
  if (action === "callback" && provider === "credentials" && request.method !== "POST") {
    return refused(405, "Signing in with a password takes a POST from the sign-in form.");
  }
  const callbackUrls = request.search.getAll("callbackUrl");
  if (callbackUrls.length > 1 || (callbackUrls.length === 1 && callbackUrls[0] !== "" && !validCallbackUrl(callbackUrls[0]!, request.base))) {
    return refused(400, BAD_CALLBACK_URL);
  }
  const bodyCallbackUrl = request.fields?.callbackUrl;
  if (bodyCallbackUrl && !validCallbackUrl(bodyCallbackUrl, request.base)) return refused(400, BAD_CALLBACK_URL);
  if (request.search.getAll("error").some((code) => !ERROR_CODE.test(code))) {
    return refused(400, "error must be a short code.");
  }
  const cookies = parseCookies(request.cookie);
  const bad = CALLBACK_COOKIES.filter((name) => {
    const value = cookies.get(name);
    return value !== undefined && value !== "" && !validCallbackUrl(value, request.base);
  });
  if (bad.length) return { status: 400, error: "The sign-in return address cookie was not valid and has been cleared; try again.", clearCookies: bad };
  return null;
}
