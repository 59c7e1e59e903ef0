package org.os2j.runtime.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated runtime class stands in for a class-library class in every program
 * os2j compiles. The compiler renames the annotated class to the target's name (and rewrites every
 * runtime reference to it), so its fields and methods become the target's. Used for VM-coupled
 * classes whose JDK implementation cannot be compiled yet; each replacement is deleted once the JDK
 * class itself compiles (see docs/RUNTIME.md).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ReplaceClass {
    /** The class-library class this one replaces. */
    Class<?> value();
}
