package org.os2j.compiler.frontend;

import org.os2j.compiler.layout.FieldLayout;
import org.os2j.compiler.layout.ImageData;
import org.os2j.compiler.world.ClosedWorld;

/** What translating a method needs from the earlier pipeline steps. */
public record TranslationContext(ClosedWorld world, FieldLayout fields, ImageData image) {
}
