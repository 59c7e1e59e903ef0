package org.os2j.runtime.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated runtime class holds method-level substitutions for a class of the
 * class library (as GraalVM native-image's {@code @TargetClass}). At load time the compiler merges
 * it into the target: {@link Substitute} methods replace the target's bodies, {@link Alias} members
 * stand for the target's own, {@link Inject} fields are added, and other static methods are added
 * as helpers. References to the annotated class mean the target class. Every substitution class is
 * listed, with the one-line reason for each substitution, in docs/RUNTIME.md.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TargetClass {
    /** The class-library class to change. */
    Class<?> value() default void.class;

    /** The target's binary name, for classes that are not accessible from the runtime's code. */
    String className() default "";
}
