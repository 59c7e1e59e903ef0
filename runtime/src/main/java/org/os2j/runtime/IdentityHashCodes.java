package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * Identity hash codes (Object.hashCode, System.identityHashCode): assigned on first request from a
 * xorshift generator (Marsaglia, "Xorshift RNGs", 2003) and kept in the object's header word
 * ({@link ObjectLayout#IDENTITY_HASH_MASK}), so an object's code never changes, whatever a future
 * collector does with its address. Codes are positive 31-bit values, never 0, and not HotSpot's
 * (which differ from run to run there too).
 */
public final class IdentityHashCodes {
    /** The generator's state; never 0 once seeded (zero-initialized statics: no class initializer). */
    private static int state;

    private IdentityHashCodes() {
    }

    public static int of(Object object) {
        long header = Magic.addressOf(object) + ObjectLayout.HEADER_WORD_OFFSET;
        long word = Memory.loadLong(header);
        int hash = (int) (word & ObjectLayout.IDENTITY_HASH_MASK);
        if (hash == 0) {
            hash = next();
            Memory.storeLong(header, (word & ~ObjectLayout.IDENTITY_HASH_MASK) | hash);
        }
        return hash;
    }

    private static int next() {
        int x = state == 0 ? 0x2545F491 : state;
        do {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
        } while ((x & ObjectLayout.IDENTITY_HASH_MASK) == 0);
        state = x;
        return (int) (x & ObjectLayout.IDENTITY_HASH_MASK);
    }
}
