package org.os2j.kernel.time;

/**
 * Calendar arithmetic for the wall clock, pure and tested on the host against java.time: days
 * since 1970-01-01 in the proleptic Gregorian calendar, and the BCD encoding the RTC may use.
 */
public final class CalendarTime {
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private CalendarTime() {
    }

    /** Days from 1970-01-01 to {@code year-month-day} (month 1-12, day 1-31); negative before 1970. */
    public static long daysSinceEpoch(int year, int month, int day) {
        long days = 365L * (year - 1970) + leapDaysBefore(year) - leapDaysBefore(1970);
        days += DAYS_BEFORE_MONTH[month - 1] + day - 1;
        if (month > 2 && isLeap(year)) {
            days++;
        }
        return days;
    }

    /** Milliseconds since 1970-01-01T00:00:00Z of a UTC date and time. */
    public static long epochMillis(int year, int month, int day, int hour, int minute, int second) {
        return ((daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
    }

    public static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** The value of a binary-coded decimal byte (0x59 is 59). */
    public static int fromBcd(int bcd) {
        return (bcd >> 4) * 10 + (bcd & 0x0F);
    }

    /** Leap years in [1, year): the number of February 29ths before {@code year}'s. */
    private static long leapDaysBefore(int year) {
        long previous = year - 1;
        return Math.floorDiv(previous, 4) - Math.floorDiv(previous, 100) + Math.floorDiv(previous, 400);
    }
}
