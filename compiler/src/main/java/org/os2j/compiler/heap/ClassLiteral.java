package org.os2j.compiler.heap;

import org.objectweb.asm.Type;

/** A Class object at build time: the descriptor of {@code type}, which the image emits anyway. */
public record ClassLiteral(Type type) {
}
