package org.newsgraph.quote;

/** Whether the newsroom has checked that the words were said as quoted. */
public enum VerificationState {
    UNVERIFIED, VERIFIED, DISPUTED, FALSE
}
