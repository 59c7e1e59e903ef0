package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.NullPointerException's native, which HotSpot computes from the bytecode at the throw (JEP 358). */
@TargetClass(NullPointerException.class)
final class NullPointerExceptionSubstitutions {
    /** Native: no helpful message at run time yet (os2j will compute JEP 358's text at compile time). */
    @Substitute
    private String getExtendedNPEMessage() {
        return null;
    }
}
