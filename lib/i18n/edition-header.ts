// The edition header that proxy.ts puts on a request, signed. The proxy runs only on paths that
// need it (its `config.matcher`: the Russian edition, /news refs and spellings to redirect), so on
// every other path a client could send the header itself and see, or have a shared cache keep, an
// English URL in Russian. A value without this deployment's signature is ignored: the request is
// in the default edition. Pure Node (no Next), so the proxy and the pages share it.
import { createHmac, randomBytes } from "node:crypto";
import { DEFAULT_EDITION, EDITIONS, type Edition } from "@/lib/i18n/editions";

/** The request header proxy.ts sets: `{edition}.{signature}`. */
export const EDITION_HEADER = "x-dateline-edition";

const state = globalThis as unknown as { datelineEditionKey?: Buffer };
const signed = new Map<Edition, string>();

/**
 * The signing key: NEXTAUTH_SECRET, which every process of a deployment shares (npm start always
 * has one); without it, a key of this process's own, since the proxy runs in the process that
 * renders (`next start`).
 */
function key(): Buffer | string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret && secret.length >= 32) return secret;
  state.datelineEditionKey ??= randomBytes(32);
  return state.datelineEditionKey;
}

/** The header's value for `edition`. */
export function editionHeaderValue(edition: Edition): string {
  let value = signed.get(edition);
  if (!value) {
    value = `${edition}.${createHmac("sha256", key()).update(`dateline-edition:${edition}`).digest("base64url")}`;
    signed.set(edition, value);
  }
  return value;
}

/** The edition a header value names when it carries the signature, else the default edition. */
export function editionFromHeader(value: string | null | undefined): Edition {
  if (!value) return DEFAULT_EDITION;
  for (const edition of EDITIONS) if (value === editionHeaderValue(edition)) return edition;
  return DEFAULT_EDITION;
}
