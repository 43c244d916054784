// Runs the shipped nginx configuration (deploy/nginx/dateline.conf) as a private, throwaway nginx
// process for the bench and the e2e test: its own prefix folder in the system temp dir (config,
// pid, logs, cache, temp files), in the foreground, never the system service.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { UserFacingError } from "./fail";

// Not schema-engine's ROOT: the e2e specs import this file and need none of the engine.
const ROOT = path.resolve(import.meta.dirname, "../..");

export const NGINX_TEMPLATE = path.join(ROOT, "deploy", "nginx", "dateline.conf");

/** The nginx binary: NGINX_BINARY, else Debian's /usr/sbin/nginx; null when not installed. */
export function findNginx(): string | null {
  const configured = process.env.NGINX_BINARY;
  if (configured) {
    if (!fs.existsSync(configured)) throw new UserFacingError(`NGINX_BINARY=${configured} does not exist`);
    return configured;
  }
  return ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].find((p) => fs.existsSync(p)) ?? null;
}

export type DatelineNginxValues = { upstream: string; listen: string; serverName: string; cacheDir: string; nextStaticDir: string; refreshToken: string };

/** The refresh token's form, as the app's CACHE_REFRESH_TOKEN requires (an empty one would match requests without the header). */
export const REFRESH_TOKEN_FORM = /^[A-Za-z0-9_-]{32,64}$/;

/** The shipped template with its @@NAME@@ placeholders filled; every placeholder must be given. */
export function renderDatelineConfig(values: DatelineNginxValues, template = fs.readFileSync(NGINX_TEMPLATE, "utf8")): string {
  const byName: Record<string, string> = {
    UPSTREAM: values.upstream,
    LISTEN: values.listen,
    SERVER_NAME: values.serverName,
    CACHE_DIR: values.cacheDir,
    NEXT_STATIC_DIR: values.nextStaticDir,
    REFRESH_TOKEN: values.refreshToken,
  };
  if (!REFRESH_TOKEN_FORM.test(values.refreshToken)) throw new UserFacingError("nginx config: REFRESH_TOKEN must be 32 to 64 letters, digits, - or _ (openssl rand -hex 32)");
  for (const [name, value] of Object.entries(byName)) {
    if (!value || /[;{}\s]$|[\n;{}]/.test(value.replace(/ ssl$/, ""))) throw new UserFacingError(`nginx config: ${name} must be a plain value, got ${JSON.stringify(value)}`);
  }
  // Comment lines name the placeholders too; only directives are filled.
  const fill = (line: string) =>
    line.trimStart().startsWith("#")
      ? line
      : line.replace(/@@([A-Z_]+)@@/g, (whole, name: string) => {
          const value = byName[name];
          if (value === undefined) throw new UserFacingError(`nginx config: unknown placeholder ${whole} in ${NGINX_TEMPLATE}`);
          return value;
        });
  return template.split("\n").map(fill).join("\n");
}

export type RunningNginx = { dir: string; stop: () => Promise<void> };

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts nginx with the given `http { }` body (for example renderDatelineConfig's output plus
 * extra servers) and waits until `waitPort` accepts connections.
 */
export async function startNginx(binary: string, httpBody: (dir: string) => string, waitPort: number): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-nginx-"));
  fs.chmodSync(dir, 0o755);
  for (const sub of ["logs", "temp", "cache"]) fs.mkdirSync(path.join(dir, sub), { mode: 0o755 });
  const mimeTypes = ["/etc/nginx/mime.types", path.join(path.dirname(binary), "..", "conf", "mime.types")].find((p) => fs.existsSync(p));
  const conf = [
    "daemon off;",
    "master_process on;",
    "worker_processes auto;",
    // Run as root (containers, CI), workers would otherwise drop to `nobody` and lose the build folder.
    process.getuid?.() === 0 ? "user root;" : "",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/logs/error.log warn;`,
    "events { worker_connections 4096; }",
    "http {",
    mimeTypes ? `  include ${mimeTypes};` : "  types { text/html html; application/javascript js; text/css css; }",
    "  default_type application/octet-stream;",
    "  access_log off;",
    "  sendfile on;",
    // As in Debian's /etc/nginx/nginx.conf, so the shipped config is tried against the usual defaults.
    "  tcp_nopush on;",
    "  keepalive_requests 100000;",
    `  client_body_temp_path ${dir}/temp/client;`,
    `  proxy_temp_path ${dir}/temp/proxy;`,
    `  fastcgi_temp_path ${dir}/temp/fastcgi;`,
    `  uwsgi_temp_path ${dir}/temp/uwsgi;`,
    `  scgi_temp_path ${dir}/temp/scgi;`,
    httpBody(dir),
    "}",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const child = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "logs", "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  let exited = false;
  child.on("exit", () => (exited = true));
  const until = Date.now() + 15_000;
  while (!(await portOpen(waitPort))) {
    if (exited || Date.now() > until) {
      child.kill("SIGKILL");
      const log = fs.existsSync(path.join(dir, "logs", "error.log")) ? fs.readFileSync(path.join(dir, "logs", "error.log"), "utf8") : "";
      throw new UserFacingError(`nginx did not start (${dir}/nginx.conf): ${(stderr + log).trim().split("\n").slice(-3).join(" | ")}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (!exited) {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGQUIT"); // graceful: finish in-flight requests, then exit
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (!exited) child.kill("SIGKILL");
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { dir, stop };
}

export type DatelineNginxOptions = {
  /** Extra `server { }` blocks (the bench's static ceiling). */
  extraServers?: (dir: string) => string;
  /** The app's CACHE_REFRESH_TOKEN; a random one (nobody can refresh) when not given. */
  refreshToken?: string;
  /** Tests only: keep pages this many seconds whatever the app says, so only a refresh can change them. */
  holdSeconds?: number;
};

/** nginx in front of the app on `upstreamPort`, listening on `port` with the shipped config. */
export function startDatelineNginx(binary: string, port: number, upstreamPort: number, options: DatelineNginxOptions = {}): Promise<RunningNginx> {
  const { extraServers = () => "", refreshToken = randomBytes(32).toString("hex"), holdSeconds } = options;
  return startNginx(
    binary,
    (dir) => {
      let conf = renderDatelineConfig({
        upstream: `127.0.0.1:${upstreamPort}`,
        listen: `127.0.0.1:${port}`,
        serverName: "localhost",
        cacheDir: path.join(dir, "cache"),
        nextStaticDir: path.join(ROOT, ".next", "static"),
        refreshToken,
      });
      if (holdSeconds) {
        const anchor = "    proxy_ignore_headers Vary;";
        if (!conf.includes(anchor)) throw new Error(`nginx config: "${anchor.trim()}" not found for holdSeconds`);
        conf = conf.replace(anchor, `    proxy_ignore_headers Vary Cache-Control Expires;\n    proxy_cache_valid 200 ${holdSeconds}s;`);
      }
      return conf + extraServers(dir);
    },
    port,
  );
}
