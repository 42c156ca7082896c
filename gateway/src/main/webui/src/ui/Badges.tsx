const STATE_WORDS: Record<string, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
  RETRACTED: 'Retracted',
};

const VERIFICATION_WORDS: Record<string, string> = {
  UNVERIFIED: 'Unverified',
  VERIFIED: 'Verified',
  DISPUTED: 'Disputed',
  FALSE: 'False',
};

/** A record's workflow state, as a badge ("Draft", "In review", ...). */
export function StateBadge({ state }: { state?: string | null }) {
  if (!state) return null;
  return <span className={`badge state-${state.toLowerCase()}`}>{STATE_WORDS[state] ?? state}</span>;
}

/** A quote's verification, as a badge. */
export function VerificationBadge({ state }: { state?: string | null }) {
  if (!state) return null;
  return <span className={`badge verification-${state.toLowerCase()}`}>{VERIFICATION_WORDS[state] ?? state}</span>;
}

/** An enum value in words: PRESS_CONFERENCE → "press conference". */
export function words(value?: string | null): string {
  return value ? value.toLowerCase().replace(/_/g, ' ') : '';
}
