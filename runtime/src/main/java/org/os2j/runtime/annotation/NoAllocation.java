package org.os2j.runtime.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method, and everything it can call, never allocates on the Java heap: interrupt paths (an
 * allocation there could need the memory manager the interrupt interrupted) and the allocators
 * themselves. The compiler checks it over the call graph and rejects the program with the path
 * from the method to the allocation (compiler analysis/NoAllocationCheck). Code that only runs
 * to build and throw an exception is exempt: the check follows only paths that can complete.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface NoAllocation {
}
