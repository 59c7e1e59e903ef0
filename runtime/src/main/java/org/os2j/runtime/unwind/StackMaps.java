package org.os2j.runtime.unwind;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * The roots a precise collector reads from the stack: walking the frames as the unwinder does,
 * each frame's call site names its stack map ({@link org.os2j.runtime.CallSiteLayout}), the frame slots that hold
 * the references live across that call. Tests use this to check the maps against the references a
 * program knows to be live.
 */
public final class StackMaps {
    private StackMaps() {
    }

    /**
     * Fills {@code roots} with the references in every frame above this call's caller, innermost
     * first, and {@code frames} with the {@code Class.method} holding each; returns how many (at
     * most the arrays' length).
     */
    public static int roots(Object[] roots, String[] frames) {
        int count = 0;
        for (long frame = Magic.framePointer(); frame != 0; frame = Memory.loadLong(frame)) {
            long entry = CallSites.find(Memory.loadLong(frame + 8));
            if (entry == 0) {
                continue;
            }
            long caller = Memory.loadLong(frame);
            long map = CallSites.stackMap(entry);
            int slots = Memory.loadInt(map);
            for (int i = 0; i < slots && count < roots.length; i++) {
                roots[count] = Magic.toObject(Memory.loadLong(caller + Memory.loadInt(map + 4 + 4L * i)));
                frames[count] = CallSites.className(entry) + "." + CallSites.methodName(entry);
                count++;
            }
        }
        return count;
    }
}
