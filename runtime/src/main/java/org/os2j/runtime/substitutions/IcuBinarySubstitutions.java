package org.os2j.runtime.substitutions;

import java.nio.ByteBuffer;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** jdk.internal.icu.impl.ICUBinary: the ICU data files behind java.text.Normalizer and IDN. */
@TargetClass(className = "jdk.internal.icu.impl.ICUBinary")
final class IcuBinarySubstitutions {
    /** Reads a JDK resource (nfc.nrm, uprops.icu, ...): not in os2j images yet. */
    @Substitute
    public static ByteBuffer getRequiredData(String itemPath) {
        throw new UnsupportedOperationException("ICU data " + itemPath + " (Unicode normalization) is not in"
                + " os2j programs yet");
    }
}
