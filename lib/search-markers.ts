// Highlight markers around the matches in a search snippet (lib/search-snippet.ts): control
// characters, which never occur in stored text.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
