package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;
import org.os2j.runtime.platform.Platform;

/**
 * Stands in for {@code java.io.PrintStream} until the JDK class itself compiles (scaffolding):
 * prints to a file descriptor, encoding chars as UTF-8 (HotSpot uses the locale's encoding, UTF-8
 * in a UTF-8 locale) with JDK 17's output for every method present, including its handling of
 * surrogates: a high surrogate waits for the next char printed, a pair becomes one four-byte
 * sequence, and an unpaired surrogate prints as '?'. Line separator "\n".
 *
 * <p>A buffered stream (standard output) collects up to 8 KiB and writes when the buffer is full,
 * on {@link #flush} and at exit; an unbuffered one (standard error) writes at the end of every
 * call, after flushing {@code System.out} so the two interleave in program order. Write errors are
 * only recorded, as in the JDK ({@link #checkError}). Missing: {@code print(Object)},
 * {@code printf}/{@code format}, {@code write(byte[], int, int)}, {@code close}.
 * Single-threaded: no locking.
 */
@ReplaceClass(java.io.PrintStream.class)
public final class PrintStreamReplacement {
    private static final int BUFFER_SIZE = 8192;
    /** The UTF-8 length of a supplementary code point (a surrogate pair). */
    private static final int SUPPLEMENTARY_BYTES = 4;

    private final int fileDescriptor;
    private final boolean buffered;
    private final byte[] buffer;
    private int count;
    /** A high surrogate printed last and waiting for its low half; 0 when none. */
    private char pendingHighSurrogate;
    private boolean trouble;

    /** A stream writing to {@code fileDescriptor}: buffered (standard output) or unbuffered. */
    public PrintStreamReplacement(int fileDescriptor, boolean buffered) {
        this.fileDescriptor = fileDescriptor;
        this.buffered = buffered;
        this.buffer = new byte[BUFFER_SIZE];
    }

    // ---- print ----

    public void print(String s) {
        printText(s == null ? "null" : s);
        endCall();
    }

    public void print(char c) {
        printChar(c);
        endCall();
    }

    public void print(char[] s) {
        for (int i = 0; i < s.length; i++) {
            printChar(s[i]);
        }
        endCall();
    }

    public void print(int i) {
        printText(String.valueOf(i));
        endCall();
    }

    public void print(long l) {
        printText(String.valueOf(l));
        endCall();
    }

    public void print(float f) {
        printText(String.valueOf(f));
        endCall();
    }

    public void print(double d) {
        printText(String.valueOf(d));
        endCall();
    }

    public void print(boolean b) {
        printText(b ? "true" : "false");
        endCall();
    }

    // ---- println ----

    public void println() {
        printChar('\n');
        endCall();
    }

    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    public void println(Object x) {
        println(String.valueOf(x));
    }

    public void println(String x) {
        printText(x == null ? "null" : x);
        printChar('\n');
        endCall();
    }

    public void println(char x) {
        printChar(x);
        printChar('\n');
        endCall();
    }

    public void println(char[] x) {
        for (int i = 0; i < x.length; i++) {
            printChar(x[i]);
        }
        printChar('\n');
        endCall();
    }

    public void println(int x) {
        printText(String.valueOf(x));
        printChar('\n');
        endCall();
    }

    public void println(long x) {
        printText(String.valueOf(x));
        printChar('\n');
        endCall();
    }

    public void println(float x) {
        printText(String.valueOf(x));
        printChar('\n');
        endCall();
    }

    public void println(double x) {
        printText(String.valueOf(x));
        printChar('\n');
        endCall();
    }

    public void println(boolean x) {
        print(x);
        println();
    }

    // ---- bytes and control ----

    /** Writes the low eight bits of {@code b} as a byte, bypassing the char encoding. */
    public void write(int b) {
        putByte((byte) b);
        endCall();
    }

    public void flush() {
        writeBuffer();
    }

    /** Flushes, then tells whether any write has failed. */
    public boolean checkError() {
        writeBuffer();
        return trouble;
    }

    // ---- encoding ----

    private void printText(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            printChar(text.charAt(i));
        }
    }

    private void printChar(char c) {
        if (pendingHighSurrogate != 0) {
            char high = pendingHighSurrogate;
            pendingHighSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                reserve(SUPPLEMENTARY_BYTES);
                count = Utf8.encodeCodePoint(Character.toCodePoint(high, c), buffer, count);
                return;
            }
            putByte(Utf8.UNPAIRED_SURROGATE_REPLACEMENT);
        }
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            putByte(Utf8.UNPAIRED_SURROGATE_REPLACEMENT);
        } else {
            reserve(Utf8.codePointLength(c));
            count = Utf8.encodeCodePoint(c, buffer, count);
        }
    }

    /** A waiting high surrogate followed by something other than its low half prints as '?'. */
    private void resolvePendingSurrogate() {
        if (pendingHighSurrogate != 0) {
            pendingHighSurrogate = 0;
            putByte(Utf8.UNPAIRED_SURROGATE_REPLACEMENT);
        }
    }

    private void putByte(byte b) {
        reserve(1);
        buffer[count++] = b;
    }

    /** Makes room for {@code bytes} more bytes (at most four), writing the buffer out if they do not fit. */
    private void reserve(int bytes) {
        if (BUFFER_SIZE - count < bytes) {
            writeBuffer();
        }
    }

    private void endCall() {
        if (!buffered) {
            writeBuffer();
        }
    }

    private void writeBuffer() {
        if (count == 0) {
            return;
        }
        if (!buffered) {
            System.out.flush();
        }
        if (!Platform.write(fileDescriptor, buffer, 0, count)) {
            trouble = true;
        }
        count = 0;
    }

    /** The bytes not yet written, for host tests. */
    byte[] pendingBytes() {
        return java.util.Arrays.copyOfRange(buffer, 0, count);
    }
}
