package org.os2j.runtime.substitutions;

import org.os2j.runtime.Allocator;
import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Inject;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * java.lang.Thread for os2j's one thread: {@code currentThread()} is the main thread, which the
 * VM creates without running a constructor (as HotSpot does): name "main", normal priority, not a
 * daemon, thread id 1, alive, in the thread group "main". Starting other threads is not supported.
 */
@TargetClass(Thread.class)
final class ThreadSubstitutions {
    @Alias
    private volatile String name;
    @Alias
    private int priority;
    @Alias
    private ThreadGroup group;
    @Alias
    private long tid;
    @Alias
    private volatile long eetop;

    /** The main thread, made on first use. */
    @Inject
    private static Thread mainThread;

    /** Native: registers the JVM's natives for Thread; os2j binds them at compile time. */
    @Substitute
    private static void registerNatives() {
    }

    /** Native: the one thread. */
    @Substitute
    public static Thread currentThread() {
        if (mainThread == null) {
            mainThread = createMainThread();
        }
        return mainThread;
    }

    /** Allocates the main thread and its group without their constructors, which ask for a current thread. */
    private static Thread createMainThread() {
        Thread thread = (Thread) allocate(Thread.class);
        ThreadSubstitutions fields = (ThreadSubstitutions) (Object) thread;
        fields.name = "main";
        fields.priority = Thread.NORM_PRIORITY;
        fields.tid = 1;
        fields.eetop = 1; // alive (isAlive tests it against 0)
        fields.group = ThreadGroupSubstitutions.mainGroup();
        return thread;
    }

    /** An instance of {@code type} with every field zero, as the allocator gives it. */
    static Object allocate(Class<?> type) {
        long descriptor = Magic.descriptorOf(type);
        return Allocator.allocateInstance(descriptor,
                Memory.loadInt(descriptor + ClassDescriptorLayout.INSTANCE_SIZE_OFFSET));
    }

    /** Native: offers the processor to other threads; there are none. */
    @Substitute
    public static void yield() {
    }

    /** Native: tells the VM a thread was interrupted (to wake it from a blocking call); one thread never blocks on another. */
    @Substitute
    private void interrupt0() {
    }

    /** Native: the operating-system thread's priority; the one thread keeps its own. */
    @Substitute
    private void setPriority0(int newPriority) {
    }
}
