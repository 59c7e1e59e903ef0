package org.os2j.kernel.test;

import org.os2j.kernel.Kernel;

/**
 * The test build's main (scripts/os2j boot --test): boots as the kernel does, runs every
 * in-kernel test on the real machine (under QEMU), prints one line per test, then
 * {@code N passed, M failed}, and exits with status 0 only when none failed (through
 * isa-debug-exit, so QEMU's own status carries it).
 */
public final class KernelTestRunner {
    private KernelTestRunner() {
    }

    public static void main(String[] args) {
        Kernel.boot();
        int passed = 0;
        int failed = 0;
        for (KernelTest test : KernelTests.all()) {
            try {
                test.run();
                System.out.println("pass " + test.name);
                passed++;
            } catch (Throwable problem) {
                System.out.println("FAIL " + test.name + ": " + problem);
                failed++;
            }
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
