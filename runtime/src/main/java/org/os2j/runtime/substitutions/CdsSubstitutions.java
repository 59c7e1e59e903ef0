package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/**
 * jdk.internal.misc.CDS: HotSpot's class-data sharing archive, which os2j has no use for (its image
 * is built ahead of time): nothing is archived, dumped or shared.
 */
@TargetClass(className = "jdk.internal.misc.CDS")
final class CdsSubstitutions {
    /** Native: no class list is being dumped. */
    @Substitute
    private static boolean isDumpingClassList0() {
        return false;
    }

    /** Native: no archive is being dumped. */
    @Substitute
    private static boolean isDumpingArchive0() {
        return false;
    }

    /** Native: no archive is mapped. */
    @Substitute
    private static boolean isSharingEnabled0() {
        return false;
    }

    /** Native: there is no archive to take the class's archived static fields from; they stay as they are. */
    @Substitute
    public static void initializeFromArchive(Class<?> c) {
    }

    /** Native: 0 when not dumping, as HotSpot (ImmutableCollections then seeds its salt from nanoTime). */
    @Substitute
    public static long getRandomSeedForDumping() {
        return 0;
    }
}
