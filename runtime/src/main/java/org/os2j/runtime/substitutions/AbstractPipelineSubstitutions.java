package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.util.stream.AbstractPipeline: how a stream runs. */
@TargetClass(className = "java.util.stream.AbstractPipeline")
final class AbstractPipelineSubstitutions {
    /**
     * Whether the pipeline runs in parallel on the common ForkJoinPool: os2j has one thread, so a
     * parallel() stream runs sequentially (same results; encounter order is kept). The compiler
     * folds this constant, so the fork-join framework is not compiled.
     */
    @Substitute
    public boolean isParallel() {
        return false;
    }
}
