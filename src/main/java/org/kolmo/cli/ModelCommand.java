package org.kolmo.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command on a model file shares: the output options ({@link CommonOptions}: format, output file,
 * progress), set up before the command runs, and the stream its result goes to. A command states its own FILE
 * parameter (the descriptions differ) and its options, and implements {@link #run}.
 */
abstract class ModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public final Integer call() throws Exception {
        common.configure();
        common.outputFormat(); // a bad --format is reported before the model is read
        return run();
    }

    /** The command, once the common options are set up; returns the exit status. */
    abstract Integer run() throws Exception;

    /** Where the command's result is printed. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
