package org.os2j.runtime.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stands for the target class's own field, method or constructor of the same name and descriptor,
 * so substitutions can use private members of the target ({@code new} of the substitution class
 * with an aliased constructor creates an instance of the target). Nothing is copied.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Alias {
}
