// JavaScript a page ships, as the browser would fetch it: every external script the HTML names,
// gzipped here at the same level for all (so the figure does not depend on the server's settings),
// against the framework's floor — the build's root main files, which every App Router page loads.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ROOT } from "./schema-engine";

export type ScriptFile = { src: string; gzipBytes: number; rawBytes: number };
export type PageJs = { scripts: number; files: ScriptFile[]; gzipBytes: number; rawBytes: number; inlineScriptBytes: number; htmlBytes: number; htmlGzipBytes: number };

const gzipSize = (b: Buffer) => zlib.gzipSync(b, { level: 6 }).length;

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function scriptsSize(base: string, srcs: string[]): Promise<{ files: ScriptFile[]; gzipBytes: number; rawBytes: number }> {
  const files: ScriptFile[] = [];
  for (const src of new Set(srcs)) {
    const body = await fetchBytes(new URL(src, base).toString());
    files.push({ src: src.split("/").pop()!, gzipBytes: gzipSize(body), rawBytes: body.length });
  }
  return { files, gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0), rawBytes: files.reduce((n, f) => n + f.rawBytes, 0) };
}

/** The scripts `pagePath` loads (`<script src>` and script preloads), and its inline scripts (the RSC payload, mostly). */
export async function pageJs(base: string, pagePath: string): Promise<PageJs> {
  const html = await fetchBytes(base + pagePath);
  const text = html.toString("utf8");
  // Scripts it runs (not the legacy-browser `nomodule` polyfills) and scripts it preloads.
  const tags = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
  const preloads = [...text.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)].filter((m) => /\bas="script"/.test(m[0])).map((m) => /\bhref="([^"]+)"/.exec(m[0]));
  const srcs = [...tags.map((m) => m[1]!), ...preloads.filter((m) => m !== null).map((m) => m[1]!)].map((src) => src.replace(/&amp;/g, "&"));
  const inline = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const sizes = await scriptsSize(base, srcs);
  return { scripts: new Set(srcs).size, ...sizes, inlineScriptBytes: inline, htmlBytes: html.length, htmlGzipBytes: gzipSize(html) };
}

/** The framework's floor: `rootMainFiles` of this build (the runtime every App Router page loads). */
export async function frameworkFloor(base: string): Promise<{ scripts: number; files: ScriptFile[]; gzipBytes: number; rawBytes: number }> {
  const manifestFile = path.join(ROOT, ".next", "build-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { rootMainFiles?: string[] };
  const files = manifest.rootMainFiles ?? [];
  if (!files.length) throw new Error(`${manifestFile} lists no rootMainFiles`);
  const sizes = await scriptsSize(base, files.map((f) => `/_next/${f}`));
  return { scripts: files.length, ...sizes };
}
