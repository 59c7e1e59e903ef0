package org.os2j.runtime.substitutions;

import java.util.Locale;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.util.Formatter.FormatSpecifier: date and time conversions. */
@TargetClass(className = "java.util.Formatter$FormatSpecifier")
final class FormatSpecifierSubstitutions {
    /**
     * %t and %T: need Calendar, time zones (the tzdb.dat file) and CLDR's calendar data, none of
     * which os2j compiles in yet: UnsupportedOperationException when a program uses them.
     */
    @Substitute
    private void printDateTime(Object arg, Locale l) {
        throw new UnsupportedOperationException("date/time conversions (%t, %T) are not supported by os2j yet");
    }
}
