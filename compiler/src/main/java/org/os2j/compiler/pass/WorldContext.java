package org.os2j.compiler.pass;

import org.os2j.compiler.layout.DispatchTables;
import org.os2j.compiler.layout.FieldLayout;
import org.os2j.compiler.layout.ImageData;
import org.os2j.compiler.world.ClosedWorld;

/**
 * What the passes that need the whole program consult: the closed world (resolution, RTA call
 * targets), field layout, dispatch tables, and the image data that lowering adds string and
 * descriptor references to.
 */
public record WorldContext(ClosedWorld world, FieldLayout fields, DispatchTables dispatch, ImageData image) {
}
