package org.os2j.kernel.test.crash;

import org.os2j.kernel.Kernel;

/** A must-crash kernel: unbounded recursion runs the kernel stack into its guard page. */
public final class KernelStackOverflow {
    private KernelStackOverflow() {
    }

    public static void main(String[] args) {
        Kernel.boot();
        System.out.println("recursing without end");
        System.out.println(down(0));
    }

    static long down(long depth) {
        return down(depth + 1) + depth;
    }
}
