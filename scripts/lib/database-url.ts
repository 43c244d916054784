// Checks a DATABASE_URL before anything uses it, turning driver errors into one actionable line.
import pg from "pg";
import { UserFacingError } from "./fail";

export function describeDatabaseUrl(url: string): { host: string; port: string; database: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserFacingError("DATABASE_URL is not a valid URL; expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new UserFacingError(`DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//)`);
  }
  const socketHost = parsed.searchParams.get("host");
  return {
    host: parsed.hostname || socketHost || "localhost",
    port: parsed.port || "5432",
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "(default)",
  };
}

function explain(error: unknown, where: string, database: string): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case "ECONNREFUSED":
      return `cannot reach PostgreSQL at ${where}: connection refused. Check that the server is running and that DATABASE_URL names the right host and port.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot reach PostgreSQL at ${where}: the host name does not resolve. Check the host in DATABASE_URL.`;
    case "ETIMEDOUT":
    case "CONNECT_TIMEOUT":
      return `cannot reach PostgreSQL at ${where}: timed out. Check the host, port and any firewall.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the credentials in DATABASE_URL (${e.message}). Check the user name and password.`;
    case "3D000":
      return `PostgreSQL at ${where} has no database "${database}". Create it (createdb ${database}) or fix DATABASE_URL.`;
    default:
      return `cannot use PostgreSQL at ${where}: ${e.message ?? String(error)}. Check DATABASE_URL.`;
  }
}

/** Connects once and returns the server's major version, or throws a UserFacingError. */
export async function checkDatabase(url: string, timeoutMs = 5000): Promise<number> {
  const { host, port, database } = describeDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]?.server_version_num ?? "0") / 10000);
  } catch (error) {
    const e = error as { message?: string; code?: string };
    if (!e.code && /timeout/i.test(e.message ?? "")) e.code = "CONNECT_TIMEOUT";
    throw new UserFacingError(explain(e, `${host}:${port}`, database));
  } finally {
    await client.end().catch(() => undefined);
  }
}
