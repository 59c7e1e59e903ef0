package org.os2j.runtime.report;

/**
 * The text Throwable.printStackTrace writes (JDK 17's format): the exception's toString, a tab and
 * "at " before each frame, then suppressed exceptions ("Suppressed: ", one more tab of indent) and
 * the cause chain ("Caused by: "), each with the frames it shares with its enclosing trace folded
 * into "... n more", and a circular reference shown once.
 */
public final class StackTraceText {
    private StackTraceText() {
    }

    public static String of(Throwable throwable) {
        StringBuilder text = new StringBuilder();
        Throwable[] seen = new Throwable[8];
        int[] seenCount = {1};
        seen[0] = throwable;
        text.append(throwable).append('\n');
        StackTraceElement[] trace = throwable.getStackTrace();
        for (StackTraceElement element : trace) {
            text.append("\tat ").append(element).append('\n');
        }
        for (Throwable suppressed : throwable.getSuppressed()) {
            seen = enclosed(text, suppressed, trace, "Suppressed: ", "\t", seen, seenCount);
        }
        Throwable cause = throwable.getCause();
        if (cause != null) {
            enclosed(text, cause, trace, "Caused by: ", "", seen, seenCount);
        }
        return text.toString();
    }

    private static Throwable[] enclosed(StringBuilder text, Throwable throwable, StackTraceElement[] enclosingTrace,
                                        String caption, String prefix, Throwable[] seen, int[] seenCount) {
        for (int i = 0; i < seenCount[0]; i++) {
            if (seen[i] == throwable) {
                text.append(prefix).append(caption).append("[CIRCULAR REFERENCE: ").append(throwable).append("]\n");
                return seen;
            }
        }
        if (seenCount[0] == seen.length) {
            Throwable[] larger = new Throwable[seen.length * 2];
            System.arraycopy(seen, 0, larger, 0, seen.length);
            seen = larger;
        }
        seen[seenCount[0]++] = throwable;
        StackTraceElement[] trace = throwable.getStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        text.append(prefix).append(caption).append(throwable).append('\n');
        for (int i = 0; i <= m; i++) {
            text.append(prefix).append("\tat ").append(trace[i]).append('\n');
        }
        if (framesInCommon != 0) {
            text.append(prefix).append("\t... ").append(framesInCommon).append(" more\n");
        }
        for (Throwable suppressed : throwable.getSuppressed()) {
            seen = enclosed(text, suppressed, trace, "Suppressed: ", prefix + "\t", seen, seenCount);
        }
        Throwable cause = throwable.getCause();
        if (cause != null) {
            seen = enclosed(text, cause, trace, "Caused by: ", prefix, seen, seenCount);
        }
        return seen;
    }
}
