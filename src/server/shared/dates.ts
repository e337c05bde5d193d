// A calendar day between the pure code, the sheets and the sidebar: google.script.run passes no
// Date, and the pure code works with local calendar dates, so a day is its ISO string.

/** A calendar date as `yyyy-mm-dd`. */
export type IsoDate = string;
