// The shipped nginx config's placeholders (deploy/nginx/dateline.conf): all filled, and the
// refresh token refused unless nginx can match it exactly (an empty one would match every request).
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderDatelineConfig } from "./nginx";

const values = { upstream: "127.0.0.1:3000", listen: "80", serverName: "news.example.org", cacheDir: "/var/cache/nginx/dateline", nextStaticDir: "/srv/dateline/.next/static", refreshToken: "f".repeat(64) };

test("every placeholder in a directive is filled; the refresh map matches the token only", () => {
  const conf = renderDatelineConfig(values);
  for (const line of conf.split("\n")) if (!line.trimStart().startsWith("#")) assert.doesNotMatch(line, /@@[A-Z_]+@@/, line);
  assert.match(conf, new RegExp(`map \\$http_x_dateline_refresh \\$dateline_refresh \\{\\s+default 0;\\s+"${"f".repeat(64)}" 1;`));
  assert.match(conf, /proxy_cache_bypass \$dateline_skip_cache \$dateline_refresh;/);
  // Two copies of a page, by the encoding nginx asks for, not one per browser's Accept-Encoding
  // spelling; and every router header in the key, so a navigation's payload (or Next's 307 for
  // one) never answers for a page (e2e/nginx-cache.spec.ts shows what happens otherwise).
  assert.match(
    conf,
    /proxy_cache_key "\$scheme:\/\/\$host\$request_uri\|\$dateline_accept_encoding\|\$http_rsc\|\$http_next_router_prefetch\|\$http_next_router_segment_prefetch\|\$http_next_router_state_tree\|\$http_next_url";/,
  );
  // Server actions and sessions skip the cache; router requests do not.
  assert.match(conf, /map "\$dateline_session:\$dateline_private_path:\$http_next_action" \$dateline_skip_cache/);
  assert.match(conf, /proxy_ignore_headers Vary;/);
  // The token never reaches the app.
  assert.match(conf, /proxy_set_header X-Dateline-Refresh "";/);
});

test("a missing, short or hostile refresh token is refused with the reason", () => {
  for (const refreshToken of ["", "short", `${"a".repeat(32)}" 1; default 1;`, `${"a".repeat(32)} `, "ж".repeat(40)]) {
    assert.throws(() => renderDatelineConfig({ ...values, refreshToken }), /REFRESH_TOKEN must be 32 to 64/, refreshToken);
  }
  assert.throws(() => renderDatelineConfig({ ...values, upstream: "127.0.0.1:3000; evil" }), /UPSTREAM must be a plain value/);
});
