package org.os2j.runtime.substitutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The platformProperties() indices os2j fills are the running JDK's own (SystemProps.Raw._*_NDX). */
class SystemPropsRawIndicesTest {
    @Test
    void indicesMatchTheJdk() throws Exception {
        Class<?> raw = Class.forName("jdk.internal.util.SystemProps$Raw");
        int checked = 0;
        for (Field ours : SystemPropsRawSubstitutions.class.getDeclaredFields()) {
            if (!Modifier.isStatic(ours.getModifiers()) || ours.getType() != int.class) {
                continue;
            }
            String jdkName = ours.getName().equals("FIXED_LENGTH") ? "FIXED_LENGTH"
                    : "_" + jdkSpelling(ours.getName()) + "_NDX";
            Field jdk = raw.getDeclaredField(jdkName);
            jdk.setAccessible(true);
            ours.setAccessible(true);
            assertEquals(jdk.getInt(null), ours.getInt(null), ours.getName());
            checked++;
        }
        assertEquals(26, checked);
    }

    /** USER_DIR to user_dir; the JDK's mixed-case names are not among the ones os2j fills. */
    private static String jdkSpelling(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
