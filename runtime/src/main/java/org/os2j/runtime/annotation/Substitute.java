package org.os2j.runtime.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replaces the body of the target class's method with the same name and descriptor (keeping the
 * target's access flags, minus {@code native}). The reason goes in the method's comment.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Substitute {
    /** The target method's name when Java forbids declaring it here (a final method of Object). */
    String method() default "";
}
