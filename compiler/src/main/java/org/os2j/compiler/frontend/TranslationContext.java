package org.os2j.compiler.frontend;

import org.os2j.compiler.world.ClosedWorld;

/** What translating a method needs from the earlier pipeline steps: the closed world, which resolved every reference. */
public record TranslationContext(ClosedWorld world) {
}
