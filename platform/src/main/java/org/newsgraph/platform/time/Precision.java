package org.newsgraph.platform.time;

/** How precisely a source gave a time, finest first. */
public enum Precision {
    MINUTE, HOUR, DAY, MONTH, YEAR;

    /** MINUTE and HOUR carry a local time; DAY, MONTH and YEAR are dates only. */
    public boolean hasTime() {
        return this == MINUTE || this == HOUR;
    }
}
