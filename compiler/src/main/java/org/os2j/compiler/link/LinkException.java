package org.os2j.compiler.link;

import java.util.List;

/**
 * A link failure caused by the input modules: undefined symbols, duplicate global definitions,
 * relocation overflow, a missing entry symbol. The message holds one line per problem, each naming
 * the symbol and the place involved ({@code 'function'+0x1b (module m, .text+0x2b)}).
 */
public final class LinkException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LINES = 50;
    private final List<String> problems;

    public LinkException(String problem) {
        this(List.of(problem));
    }

    public LinkException(List<String> problems) {
        super(summarise(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one entry per line of the message (the message may abbreviate). */
    public List<String> problems() {
        return problems;
    }

    private static String summarise(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a LinkException needs at least one problem");
        }
        if (problems.size() <= MAX_LINES) {
            return String.join("\n", problems);
        }
        return String.join("\n", problems.subList(0, MAX_LINES))
                + "\n... and " + (problems.size() - MAX_LINES) + " more";
    }
}
