// Highlight markers ts_headline puts around matches (control characters never occur in stored text).
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
