package org.os2j.compiler.heap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object a static initializer created at build time, to be written into the image: an instance
 * (its fields by declaring class and name, {@code "java/lang/Integer.value"}) or an array (its
 * elements). Values are boxed primitives ({@link Integer} for every int-sized kind, {@link Long},
 * {@link Float}, {@link Double}), null, other heap objects, or {@link ClassLiteral}s. A string
 * literal ({@code ldc}) is an instance of String with {@link #literal} set, so the image writes
 * the same object the code's literals name.
 *
 * <p>Invariant: {@link #owner} is the class whose initialization allocated it; only that
 * initialization may change it (BuildTimeInterpreter's ownership rule).
 */
public final class HeapObject {
    /** Internal name of the class, or the array descriptor ({@code [I}). */
    final String type;
    final Map<String, Object> fields;
    final Object[] elements;
    final String owner;
    /** The literal's text for an {@code ldc} string, else null. */
    final String literal;

    private HeapObject(String type, Map<String, Object> fields, Object[] elements, String owner, String literal) {
        this.type = type;
        this.fields = fields;
        this.elements = elements;
        this.owner = owner;
        this.literal = literal;
    }

    static HeapObject instance(String type, String owner, String literal) {
        return new HeapObject(type, new LinkedHashMap<>(), null, owner, literal);
    }

    static HeapObject array(String descriptor, int length, String owner) {
        Object[] elements = new Object[length];
        Object zero = BuildTimeInterpreter.zeroOf(descriptor.substring(1));
        java.util.Arrays.fill(elements, zero);
        return new HeapObject(descriptor, null, elements, owner, null);
    }

    public boolean isArray() {
        return elements != null;
    }

    public String type() {
        return type;
    }

    public String literal() {
        return literal;
    }

    /** The instance's fields, keyed {@code "DeclaringClass.name"}. */
    public Map<String, Object> fields() {
        return fields;
    }

    public Object[] elements() {
        return elements;
    }

    @Override
    public String toString() {
        return literal != null ? '"' + literal + '"' : isArray() ? type + "[" + elements.length + "]" : type;
    }
}
