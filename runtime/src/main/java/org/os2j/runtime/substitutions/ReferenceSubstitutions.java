package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/**
 * java.lang.ref.Reference: os2j has one thread and, so far, no collector, so no reference is ever
 * cleared or enqueued by the VM; the referent is an ordinary field (the collector will treat it).
 */
@TargetClass(className = "java.lang.ref.Reference")
final class ReferenceSubstitutions {
    @Alias
    private Object referent;

    /** Starts the Reference Handler thread, which waits for the VM's pending list: there is no such thread or list. */
    @Substitute(method = "<clinit>")
    private static void initializeStatics() {
    }

    /** Native (so the collector sees a cleared referent at once): the plain comparison. */
    @Substitute
    private boolean refersTo0(Object o) {
        return referent == o;
    }

    /** Native (so the collector sees the store): a plain store. */
    @Substitute
    private void clear0() {
        referent = null;
    }
}
