package org.kolmo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kolmo.notebook.KernelSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "The Jupyter kernel of Kolmo (cells in Symja syntax with Kolmo's functions; see notebooks/).",
        subcommands = {KernelCommand.Install.class})
final class KernelCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: kolmo kernel install");
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Registers the Kolmo kernel with Jupyter for the current user (kernels/kolmo/kernel.json "
                    + "in the user's Jupyter data folder).")
    static final class Install implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--prefix", paramLabel = "DIR",
                description = "install into DIR/share/jupyter instead (as jupyter kernelspec install --prefix)")
        Path prefix;

        @Override
        public Integer call() throws Exception {
            Path dataDir = prefix != null ? prefix.resolve("share").resolve("jupyter")
                    : KernelSpec.userDataDir(System.getenv());
            Path file = KernelSpec.install(dataDir, KernelSpec.home());
            spec.commandLine().getOut().println("installed the Kolmo kernel: " + file);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
