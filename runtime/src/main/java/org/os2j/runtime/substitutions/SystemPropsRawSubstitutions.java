package org.os2j.runtime.substitutions;

import org.os2j.runtime.Utf8;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.LocaleEnvironment;
import org.os2j.runtime.platform.Platform;

/**
 * jdk.internal.util.SystemProps.Raw's natives: the properties HotSpot's launcher and
 * java_props_md.c compute at start-up, from the same sources (the environment, the working
 * directory, uname). VersionProps adds java.version and the rest, compiled from the JDK.
 */
@TargetClass(className = "jdk.internal.util.SystemProps$Raw")
public final class SystemPropsRawSubstitutions {
    // The JDK's private indices of platformProperties() (SystemProps.Raw._*_NDX), in its order;
    // a host test checks them against the JDK's own.
    static final int DISPLAY_COUNTRY = 0;
    static final int DISPLAY_LANGUAGE = 1;
    static final int DISPLAY_SCRIPT = 2;
    static final int DISPLAY_VARIANT = 3;
    static final int FILE_ENCODING = 4;
    static final int FILE_SEPARATOR = 5;
    static final int FORMAT_COUNTRY = 6;
    static final int FORMAT_LANGUAGE = 7;
    static final int FORMAT_SCRIPT = 8;
    static final int FORMAT_VARIANT = 9;
    static final int JAVA_IO_TMPDIR = 18;
    static final int LINE_SEPARATOR = 19;
    static final int OS_ARCH = 20;
    static final int OS_NAME = 21;
    static final int OS_VERSION = 22;
    static final int PATH_SEPARATOR = 23;
    static final int SUN_ARCH_DATA_MODEL = 28;
    static final int SUN_CPU_ENDIAN = 29;
    static final int SUN_IO_UNICODE_ENCODING = 31;
    static final int SUN_JNU_ENCODING = 32;
    static final int SUN_STDERR_ENCODING = 34;
    static final int SUN_STDOUT_ENCODING = 35;
    static final int USER_DIR = 36;
    static final int USER_HOME = 37;
    static final int USER_NAME = 38;
    static final int FIXED_LENGTH = 39;

    private SystemPropsRawSubstitutions() {
    }

    /** Native: the VM's own properties, as alternating keys and values. */
    @Substitute
    private static String[] vmProperties() {
        return new String[] {
            "java.home", "",
            "java.vm.specification.name", "Java Virtual Machine Specification",
            "java.vm.specification.vendor", "Oracle Corporation",
            "java.vm.specification.version", "17",
            "java.vm.name", "os2j",
            "java.vm.vendor", "os2j",
            "java.vm.version", "17",
            "java.vm.info", "ahead-of-time compiled",
            "jdk.debug", "release",
            "java.class.path", "",
            "java.library.path", "",
            "sun.boot.library.path", "",
        };
    }

    /** Native: the platform's properties at the JDK's indices; null where the platform has none. */
    @Substitute
    private static String[] platformProperties() {
        String[] values = new String[FIXED_LENGTH];
        String all = environmentValue("LC_ALL");
        String lang = environmentValue("LANG");
        LocaleEnvironment display = LocaleEnvironment.of(all, environmentValue("LC_MESSAGES"), lang);
        LocaleEnvironment format = LocaleEnvironment.of(all, environmentValue("LC_CTYPE"), lang);
        values[DISPLAY_LANGUAGE] = display.language();
        values[DISPLAY_COUNTRY] = display.country();
        values[DISPLAY_VARIANT] = display.variant();
        values[DISPLAY_SCRIPT] = "";
        values[FORMAT_LANGUAGE] = format.language();
        values[FORMAT_COUNTRY] = format.country();
        values[FORMAT_VARIANT] = format.variant();
        values[FORMAT_SCRIPT] = "";
        values[FILE_ENCODING] = format.encoding();
        values[SUN_JNU_ENCODING] = format.encoding();
        if (Platform.isTerminal(1)) {
            values[SUN_STDOUT_ENCODING] = format.encoding();
        }
        if (Platform.isTerminal(2)) {
            values[SUN_STDERR_ENCODING] = format.encoding();
        }
        values[FILE_SEPARATOR] = "/";
        values[PATH_SEPARATOR] = ":";
        values[LINE_SEPARATOR] = "\n";
        values[JAVA_IO_TMPDIR] = "/tmp";
        values[OS_NAME] = "Linux";
        values[OS_ARCH] = "amd64";
        values[OS_VERSION] = text(Platform.systemRelease());
        values[SUN_ARCH_DATA_MODEL] = "64";
        values[SUN_CPU_ENDIAN] = "little";
        values[SUN_IO_UNICODE_ENCODING] = "UnicodeLittle";
        byte[] directory = Platform.workingDirectory();
        values[USER_DIR] = directory == null ? "?" : text(directory);
        String home = environmentValue("HOME");
        values[USER_HOME] = home == null ? "?" : home;
        String user = environmentValue("USER");
        values[USER_NAME] = user == null ? "?" : user;
        return values;
    }

    /** The value of environment variable {@code name}, or null when unset. */
    private static String environmentValue(String name) {
        for (byte[] entry : Platform.environment()) {
            if (entry.length > name.length() && entry[name.length()] == '=' && startsWith(entry, name)) {
                return Utf8.decode(entry, name.length() + 1, entry.length - name.length() - 1);
            }
        }
        return null;
    }

    /** Platform bytes as text: UTF-8 (no charset machinery exists yet: the properties name the default charset). */
    private static String text(byte[] bytes) {
        return Utf8.decode(bytes, 0, bytes.length);
    }

    private static boolean startsWith(byte[] entry, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (entry[i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
