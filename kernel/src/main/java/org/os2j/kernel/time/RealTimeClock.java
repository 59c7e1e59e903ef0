package org.os2j.kernel.time;

import org.os2j.runtime.intrinsic.Ports;
import org.os2j.runtime.kernel.KernelClock;

/**
 * The wall clock: the CMOS real-time clock (MC146818-compatible, ports 0x70/0x71) read once at
 * boot, consistently (twice in a row, outside an update cycle), in BCD or binary and 12- or
 * 24-hour form as status register B says, taken as UTC (QEMU's default); from then on
 * System.currentTimeMillis is that instant plus the PIT's elapsed time (runtime KernelClock).
 */
public final class RealTimeClock {
    private static final int INDEX = 0x70;
    private static final int DATA = 0x71;
    /** Bit 7 of the index port disables NMI while the CMOS is addressed. */
    private static final int NMI_OFF = 0x80;
    private static final int SECONDS = 0x00;
    private static final int MINUTES = 0x02;
    private static final int HOURS = 0x04;
    private static final int DAY = 0x07;
    private static final int MONTH = 0x08;
    private static final int YEAR = 0x09;
    private static final int CENTURY = 0x32;
    private static final int STATUS_A = 0x0A;
    private static final int STATUS_B = 0x0B;
    private static final int UPDATE_IN_PROGRESS = 0x80;
    private static final int BINARY = 0x04;
    private static final int TWENTY_FOUR_HOUR = 0x02;
    private static final int PM = 0x80;

    private static final int[] REGISTERS = {SECONDS, MINUTES, HOURS, DAY, MONTH, YEAR, CENTURY};

    private RealTimeClock() {
    }

    /** Reads the RTC and starts the wall clock; returns its reading in milliseconds since the epoch. */
    public static long start() {
        int[] first = new int[REGISTERS.length];
        int[] second = new int[REGISTERS.length];
        do {
            readAll(first);
            readAll(second);
        } while (!java.util.Arrays.equals(first, second));
        int status = read(STATUS_B);
        boolean binary = (status & BINARY) != 0;
        int hourByte = first[2];
        boolean pm = (status & TWENTY_FOUR_HOUR) == 0 && (hourByte & PM) != 0;
        int hour = value(hourByte & ~PM, binary);
        if ((status & TWENTY_FOUR_HOUR) == 0) {
            hour = hour % 12 + (pm ? 12 : 0);
        }
        int century = value(first[6], binary);
        int year = (century >= 19 && century <= 99 ? century : 20) * 100 + value(first[5], binary);
        long millis = CalendarTime.epochMillis(year, value(first[4], binary), value(first[3], binary), hour,
                value(first[1], binary), value(first[0], binary));
        KernelClock.startWallClock(millis);
        return millis;
    }

    private static void readAll(int[] into) {
        while ((read(STATUS_A) & UPDATE_IN_PROGRESS) != 0) {
            // The RTC is updating its registers (at most 2 ms): wait for a stable reading.
        }
        for (int i = 0; i < REGISTERS.length; i++) {
            into[i] = read(REGISTERS[i]);
        }
    }

    private static int read(int register) {
        Ports.out8(INDEX, NMI_OFF | register);
        return Ports.in8(DATA);
    }

    private static int value(int raw, boolean binary) {
        return binary ? raw : CalendarTime.fromBcd(raw);
    }
}
