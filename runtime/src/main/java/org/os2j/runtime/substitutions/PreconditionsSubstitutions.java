package org.os2j.runtime.substitutions;

import java.util.List;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** jdk.internal.util.Preconditions: the text of its index-out-of-bounds messages. */
@TargetClass(className = "jdk.internal.util.Preconditions")
final class PreconditionsSubstitutions {
    /**
     * The JDK formats these messages with String.format, which reaches Formatter, regular
     * expressions and Locale's properties from every bounds check: the same text by concatenation
     * ({@code %s} of a Number is its toString()).
     */
    @Substitute
    private static String outOfBoundsMessage(String checkKind, List<? extends Number> args) {
        if (checkKind == null && args == null) {
            return "Range check failed";
        } else if (checkKind == null) {
            return "Range check failed: " + args;
        } else if (args == null) {
            return "Range check failed: " + checkKind;
        }
        int argumentCount = switch (checkKind) {
            case "checkIndex" -> 2;
            case "checkFromToIndex", "checkFromIndexSize" -> 3;
            default -> 0;
        };
        if (args.size() != argumentCount) {
            return "Range check failed: " + checkKind + " " + args;
        }
        return switch (checkKind) {
            case "checkIndex" -> "Index " + args.get(0) + " out of bounds for length " + args.get(1);
            case "checkFromToIndex" -> "Range [" + args.get(0) + ", " + args.get(1) + ") out of bounds for length "
                    + args.get(2);
            case "checkFromIndexSize" -> "Range [" + args.get(0) + ", " + args.get(0) + " + " + args.get(1)
                    + ") out of bounds for length " + args.get(2);
            default -> "Range check failed: " + checkKind + " " + args;
        };
    }
}
