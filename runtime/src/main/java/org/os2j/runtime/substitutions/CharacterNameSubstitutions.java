package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.CharacterName: the Unicode character names behind Character.getName and codePointOf. */
@TargetClass(className = "java.lang.CharacterName")
final class CharacterNameSubstitutions {
    /** Reads the compressed name table uniName.dat, a JDK resource: not in os2j images yet. */
    @Substitute
    public static CharacterNameSubstitutions getInstance() {
        throw new UnsupportedOperationException("Unicode character names (Character.getName, codePointOf,"
                + " \\N{...} in patterns) are not in os2j programs yet");
    }
}
