package org.os2j.runtime.substitutions;

import org.os2j.runtime.Allocator;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.Platform;

/** java.lang.Runtime's natives: processors and the heap's figures. */
@TargetClass(Runtime.class)
final class RuntimeSubstitutions {
    /** Native: the processors the process may run on. */
    @Substitute
    public int availableProcessors() {
        return Platform.availableProcessors();
    }

    /** Native: what the heap has taken from the platform and not yet handed out. */
    @Substitute
    public long freeMemory() {
        return Allocator.freeMemory();
    }

    /** Native: what the heap has taken from the platform. */
    @Substitute
    public long totalMemory() {
        return Allocator.totalMemory();
    }

    /** Native: the maximum heap size (OS2J_MAX_HEAP_SIZE or the compile option's default). */
    @Substitute
    public long maxMemory() {
        return Allocator.maxMemory();
    }

    /** Native: a collection of the whole heap, as HotSpot's System.gc() by default. */
    @Substitute
    public void gc() {
        Allocator.collect();
    }
}
