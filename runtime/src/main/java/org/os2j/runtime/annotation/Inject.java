package org.os2j.runtime.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Adds the annotated field to the target class (for state the virtual machine keeps per object or class). */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Inject {
}
