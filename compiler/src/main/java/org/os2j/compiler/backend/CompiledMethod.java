package org.os2j.compiler.backend;

import java.util.List;
import org.os2j.compiler.x86.AssembledCode;

/**
 * A method's machine code and the metadata the runtime reads about it: every call site with its
 * return offset, the offset of its landing pad (-1 when no handler covers it), its source line and
 * its stack map (layout/CallSiteTable turns these into the image's call-site and stack-map tables).
 */
public record CompiledMethod(AssembledCode code, List<CallSite> callSites) {
    /**
     * One call: offsets from the start of the method's code, and the stack map: the offsets from
     * RBP of the frame slots holding live references during the call; {@code inlinedCall}, when the
     * call is in inlined code, the methods it was inlined from ({@code line} is then a line of the
     * innermost one).
     */
    public record CallSite(int returnOffset, int landingPadOffset, int line, int[] referenceSlots,
                           org.os2j.compiler.ir.InlinedCall inlinedCall) {
    }
}
