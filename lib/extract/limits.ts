/** Readability's element limit: larger pages are refused, and the popup says so. */
export const MAX_ELEMS_TO_PARSE = 30_000;
