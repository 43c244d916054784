// Prisma's `contains`, `startsWith` and `endsWith` become SQL LIKE / ILIKE patterns without
// escaping the pattern characters, so a search for "%" or "_" would match everything. Escape
// them (PostgreSQL's default LIKE escape character is the backslash) to match typed text literally.
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
