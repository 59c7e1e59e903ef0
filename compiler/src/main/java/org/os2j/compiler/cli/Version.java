package org.os2j.compiler.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the Maven project version from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"os2j " + (version != null ? version : "development build") + " (JDK "
                + Runtime.version().feature() + " class library)"};
    }
}
