package org.os2j.runtime.substitutions;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/**
 * java.text.DecimalFormatSymbols: the JDK reads a locale's number symbols from CLDR resource
 * bundles through the locale service providers (reflection, class loading by name). os2j carries
 * CLDR's symbols for English (and the root locale), the same for every locale until locale data is
 * compiled in; Formatter reads them for any locale but en_US.
 */
@TargetClass(DecimalFormatSymbols.class)
final class DecimalFormatSymbolsSubstitutions {
    @Alias private char zeroDigit;
    @Alias private char groupingSeparator;
    @Alias private char decimalSeparator;
    @Alias private char perMill;
    @Alias private char percent;
    @Alias private char digit;
    @Alias private char patternSeparator;
    @Alias private String infinity;
    @Alias private String NaN;
    @Alias private char minusSign;
    @Alias private char monetarySeparator;
    @Alias private char exponential;
    @Alias private String exponentialSeparator;
    @Alias private Locale locale;
    @Alias private String perMillText;
    @Alias private String percentText;
    @Alias private String minusSignText;
    @Alias private char monetaryGroupingSeparator;
    @Alias private String intlCurrencySymbol;
    @Alias private String currencySymbol;
    @Alias private transient boolean currencyInitialized;

    /** Through the locale service providers: here the symbols below, for any locale. */
    @Substitute
    public static DecimalFormatSymbols getInstance(Locale locale) {
        return new DecimalFormatSymbols(locale);
    }

    /** CLDR's number symbols for English ("latn" digits). */
    @Substitute
    private void initialize(Locale locale) {
        this.locale = locale;
        decimalSeparator = '.';
        groupingSeparator = ',';
        patternSeparator = ';';
        percentText = "%";
        percent = '%';
        zeroDigit = '0';
        digit = '#';
        minusSignText = "-";
        minusSign = '-';
        exponential = 'E';
        exponentialSeparator = "E";
        perMillText = "\u2030";
        perMill = '\u2030';
        infinity = "\u221e";
        NaN = "NaN";
        monetarySeparator = '.';
        monetaryGroupingSeparator = ',';
    }

    /**
     * The locale's currency comes from the currency data file and CLDR's names: os2j has neither, so
     * every locale gets what the JDK gives a locale without a country: "XXX" and the generic sign
     * (with no Currency object).
     */
    @Substitute
    private void initializeCurrency(Locale locale) {
        if (currencyInitialized) {
            return;
        }
        intlCurrencySymbol = "XXX";
        currencySymbol = "\u00A4";
        currencyInitialized = true;
    }
}
