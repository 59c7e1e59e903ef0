package org.os2j.runtime.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method the compiler replaces by inline machine code (see the compiler's
 * {@code org.os2j.compiler.backend.Intrinsics}). The Java body only runs on HotSpot, in host tests,
 * where it works against {@link org.os2j.runtime.intrinsic.SimulatedMemory} or fails clearly.
 * Compiling a call to an annotated method the compiler does not know is a compile-time error.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Intrinsic {
}
