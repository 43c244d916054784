// Page numbers come from the URL: anything but a plain positive integer is not a page.
export const PAGE_SIZE = 20;
export const MAX_PAGE = 100_000;

/** `undefined` (no ?page) is page 1; malformed, zero, negative or absurd values are null. */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^[1-9][0-9]{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export type Paged<T> = { items: T[]; page: number; pages: number; total: number };
