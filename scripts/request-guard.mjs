// Loaded into every `next start` process before Next itself (`node --import`, scripts/lib/next-server.ts
// and scripts/web-cluster.mjs): answers 400 to a client-side navigation request whose
// Next-Router-State-Tree header Next cannot parse, which Next itself answers with a 500 and an
// error in the log. Browsers never send such a header; a crafted request (with the matching `_rsc`
// hash, which anyone can compute) did, on every page. proxy.ts cannot see the header (Next hides
// its router headers from the proxy), and nginx cannot parse JSON, so the check sits in front of
// Next's request listener, using Next's own parser: exactly the requests Next would fail on.
import http from "node:http";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parseAndValidateFlightRouterState } = require("next/dist/server/app-render/parse-and-validate-flight-router-state.js");

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
