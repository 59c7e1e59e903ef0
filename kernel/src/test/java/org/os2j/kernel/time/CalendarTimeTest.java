package org.os2j.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The RTC's calendar arithmetic against java.time, over random instants and the edges of leap years. */
class CalendarTimeTest {
    @Test
    void epochMillisMatchesJavaTime() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime time = LocalDateTime.ofEpochSecond(random.nextLong(0, 4_102_444_800L), 0, ZoneOffset.UTC);
            assertEquals(time.toEpochSecond(ZoneOffset.UTC) * 1000,
                    CalendarTime.epochMillis(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                            time.getMinute(), time.getSecond()), time.toString());
        }
        for (String edge : new String[] {"1970-01-01T00:00:00", "2000-02-29T23:59:59", "2000-03-01T00:00:00",
                "2100-02-28T12:00:00", "2100-03-01T00:00:00", "2024-12-31T23:59:59"}) {
            LocalDateTime time = LocalDateTime.parse(edge);
            assertEquals(time.toEpochSecond(ZoneOffset.UTC) * 1000, CalendarTime.epochMillis(time.getYear(),
                    time.getMonthValue(), time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond()), edge);
        }
    }

    @Test
    void bcdBytes() {
        assertEquals(59, CalendarTime.fromBcd(0x59));
        assertEquals(0, CalendarTime.fromBcd(0x00));
        assertEquals(12, CalendarTime.fromBcd(0x12));
    }
}
