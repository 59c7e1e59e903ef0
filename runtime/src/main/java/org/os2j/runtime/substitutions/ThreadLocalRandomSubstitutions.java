package org.os2j.runtime.substitutions;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jdk.internal.misc.Unsafe;
import jdk.internal.util.random.RandomSupport;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.util.concurrent.ThreadLocalRandom's static initializer. */
@TargetClass(className = "java.util.concurrent.ThreadLocalRandom")
final class ThreadLocalRandomSubstitutions {
    @Alias
    private static Unsafe U;
    @Alias
    private static long SEED;
    @Alias
    private static long PROBE;
    @Alias
    private static long SECONDARY;
    @Alias
    private static long THREADLOCALS;
    @Alias
    private static long INHERITABLETHREADLOCALS;
    @Alias
    private static long INHERITEDACCESSCONTROLCONTEXT;
    @Alias
    private static AtomicInteger probeGenerator;
    @Alias
    private static ThreadLocalRandomSubstitutions instance;
    @Alias
    private static AtomicLong seeder;

    @Alias
    private ThreadLocalRandomSubstitutions() {
    }

    /**
     * The JDK's initializer, less two parts: with java.util.secureRandomSeed set (a -D option, which
     * a compiled program never has) it seeds from SecureRandom, which reaches the security
     * providers' framework; and serialPersistentFields (serialization metadata) stays null.
     */
    @Substitute(method = "<clinit>")
    private static void initializeStatics() {
        U = Unsafe.getUnsafe();
        SEED = U.objectFieldOffset(Thread.class, "threadLocalRandomSeed");
        PROBE = U.objectFieldOffset(Thread.class, "threadLocalRandomProbe");
        SECONDARY = U.objectFieldOffset(Thread.class, "threadLocalRandomSecondarySeed");
        THREADLOCALS = U.objectFieldOffset(Thread.class, "threadLocals");
        INHERITABLETHREADLOCALS = U.objectFieldOffset(Thread.class, "inheritableThreadLocals");
        INHERITEDACCESSCONTROLCONTEXT = U.objectFieldOffset(Thread.class, "inheritedAccessControlContext");
        probeGenerator = new AtomicInteger();
        instance = new ThreadLocalRandomSubstitutions();
        seeder = new AtomicLong(RandomSupport.mixMurmur64(System.currentTimeMillis())
                ^ RandomSupport.mixMurmur64(System.nanoTime()));
    }
}
