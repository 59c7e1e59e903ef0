package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.ThreadGroup: the "main" group of the main thread, made without its constructor (ThreadSubstitutions). */
@TargetClass(ThreadGroup.class)
final class ThreadGroupSubstitutions {
    @Alias
    String name;
    @Alias
    int maxPriority;

    static ThreadGroup mainGroup() {
        ThreadGroup group = (ThreadGroup) ThreadSubstitutions.allocate(ThreadGroup.class);
        ThreadGroupSubstitutions fields = (ThreadGroupSubstitutions) (Object) group;
        fields.name = "main";
        fields.maxPriority = Thread.MAX_PRIORITY;
        return group;
    }
}
