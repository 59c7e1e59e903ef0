package org.os2j.runtime.substitutions;

import java.util.List;
import java.util.Locale;
import java.util.spi.LocaleServiceProvider;
import sun.util.locale.provider.LocaleProviderAdapter;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/**
 * sun.util.locale.provider.LocaleProviderAdapter, the entry to the JDK's locale data (CLDR and
 * JRE resource bundles, found by class name through reflection and service loading): not compiled
 * into os2j programs yet. Locale-sensitive operations that need it (number patterns for grouping,
 * calendars, date formats, collation, break iterators) throw UnsupportedOperationException when
 * they run; number symbols come from DecimalFormatSymbolsSubstitutions.
 */
@TargetClass(className = "sun.util.locale.provider.LocaleProviderAdapter")
final class LocaleProviderAdapterSubstitutions {
    /** Reads the provider preference property and sets up logging: nothing to do without adapters. */
    @Substitute(method = "<clinit>")
    private static void initializeStatics() {
    }

    @Substitute
    public static LocaleProviderAdapter forType(LocaleProviderAdapter.Type type) {
        throw unsupported();
    }

    @Substitute
    public static LocaleProviderAdapter forJRE() {
        throw unsupported();
    }

    @Substitute
    public static LocaleProviderAdapter getResourceBundleBased() {
        throw unsupported();
    }

    @Substitute
    public static List<LocaleProviderAdapter.Type> getAdapterPreference() {
        throw unsupported();
    }

    @Substitute
    public static LocaleProviderAdapter getAdapter(Class<? extends LocaleServiceProvider> providerClass,
                                                              Locale locale) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("locale data (number patterns, calendars, date formats, collation)"
                + " is not compiled into os2j programs yet");
    }
}
