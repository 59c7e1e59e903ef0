package org.os2j.compiler.classes;

import java.io.IOException;

/** Somewhere class files come from: a directory, a jar, the JDK runtime image, the runtime module. */
interface ClassSource {
    /** The class file bytes of {@code internalName} (e.g. {@code java/lang/String}), or null. */
    byte[] find(String internalName) throws IOException;
}
