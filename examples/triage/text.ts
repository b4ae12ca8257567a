/** Lower-cased text with runs of whitespace collapsed, for keyword matching. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The keywords that occur in `text`, in the order given. */
export function matchingKeywords(text: string, keywords: readonly string[]): string[] {
  const haystack = normalise(text);
  return keywords.filter((keyword) => haystack.includes(normalise(keyword)));
}
