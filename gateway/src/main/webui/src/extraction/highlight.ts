export interface Span {
  start: number;
  end: number;
  /** The candidate's number, as listed beside the text. */
  label: number;
}

export interface TextPart {
  text: string;
  label?: number;
}

/**
 * The article cut at the candidates' spans, so that each candidate is highlighted where it
 * stands in the text. Overlapping spans keep the first; offsets outside the text are ignored.
 */
export function highlight(text: string, spans: Span[]): TextPart[] {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start) });
    parts.push({ text: text.slice(span.start, span.end), label: span.label });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
