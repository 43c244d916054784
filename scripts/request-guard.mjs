// Loaded into every `next start` process before Next itself (`node --import`, scripts/lib/next-server.ts
// and scripts/web-cluster.mjs), in front of Next's request listener, for two kinds of request Next
// answers with a 500 and an error in the log:
// - a client-side navigation request whose Next-Router-State-Tree header Next cannot parse: 400.
//   Browsers never send one; a crafted request (with the matching `_rsc` hash, which anyone can
//   compute) did, on every page. proxy.ts cannot see the header (Next hides its router headers
//   from the proxy) and nginx cannot parse JSON; the check is Next's own parser, so it refuses
//   exactly the requests Next would fail on;
// - a path with a malformed %-escape where proxy.ts does not run (APIs, uploads, static-file
//   names: its matcher leaves them out), when Next cannot decode a route parameter: 404, as
//   proxy.ts answers such paths everywhere else.
import http from "node:http";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parseAndValidateFlightRouterState } = require("next/dist/server/app-render/parse-and-validate-flight-router-state.js");

/** Paths proxy.ts does not run on (its `config.matcher`); scripts/request-guard.test.ts checks the two agree. */
const OUTSIDE_PROXY = /^\/(?:api|media|_next|demo)\/|\.(?:png|jpe?g|webp|avif|gif|svg|ico|mp3|mp4|ogg|webm|vtt|woff2?)$/;

/** Whether Next would fail to decode this path, which proxy.ts does not see. */
export function undecodablePath(url) {
  const path = (url ?? "/").split("?")[0];
  if (!path.includes("%") || !OUTSIDE_PROXY.test(path)) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** Why Next would fail on a request with these headers, or null when it would not. */
export function refusal(headers) {
  // Next reads the tree only for router requests (RSC: 1) and parses it as below (Next 16:
  // server/route-modules/app-page/parse-request-headers.js).
  if (headers.rsc !== "1") return null;
  try {
    parseAndValidateFlightRouterState(headers["next-router-state-tree"]);
    return null;
  } catch {
    return "the Next-Router-State-Tree header is malformed";
  }
}

/** `listener` behind the check. */
export function guarded(listener) {
  return function guardedListener(request, response) {
    if (undecodablePath(request.url)) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      response.end("Not found\n");
      return;
    }
    const reason = refusal(request.headers);
    if (!reason) return listener.call(this, request, response);
    response.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    response.end(`Bad request: ${reason}.\n`);
  };
}

// Next's `next start` creates its server with http.createServer(listener) (server/lib/start-server.js).
const createServer = http.createServer;
http.createServer = function createGuardedServer(...args) {
  const at = args.findIndex((arg) => typeof arg === "function");
  if (at >= 0) args[at] = guarded(args[at]);
  return createServer.apply(this, args);
};
