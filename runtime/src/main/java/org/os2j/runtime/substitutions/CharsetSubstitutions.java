package org.os2j.runtime.substitutions;

import java.nio.charset.Charset;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/**
 * java.nio.charset.Charset: charsets beyond java.base's standard ones come from CharsetProvider
 * services (the jdk.charsets module, the class path) through ServiceLoader, which needs class
 * loading by name: a closed world has java.base's standard charsets only.
 */
@TargetClass(Charset.class)
final class CharsetSubstitutions {
    /** The class path's providers (ServiceLoader): none. */
    @Substitute
    private static Charset lookupViaProviders(String charsetName) {
        return null;
    }

    /** The jdk.charsets module's provider (ServiceLoader): not in the image. */
    @Substitute
    private static Charset lookupExtendedCharset(String charsetName) {
        return null;
    }
}
