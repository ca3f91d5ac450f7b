package dev.sitegen.cli;

import dev.sitegen.StageFailure;
import picocli.CommandLine;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code site-gen build|check|serve}: the command line over the core. Exit status: 0 success, 1 problems
 * in the content, 2 a usage error, 3 site-gen itself failed.
 */
@Command(name = "site-gen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Renders a folder of AI-agent skills into a searchable static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command and returns its exit status, without exiting: for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            String message = e instanceof StageFailure ? e.getMessage() : "site-gen failed: " + e;
            commandLine.getErr().println("site-gen: " + message.replaceFirst("^site-gen ", ""));
            if (!(e instanceof StageFailure failure && failure.environment())) {
                commandLine.getErr().println("This is a bug in site-gen, not a problem in your content; "
                        + "set SITEGEN_DEBUG=1 for the stack trace.");
            }
            if (System.getenv("SITEGEN_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return FAILURE;
        });
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, arguments) -> {
            int status = usage.handleParseException(e, arguments);
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && unmatched.getUnmatched().stream().noneMatch(argument -> argument.startsWith("-"))) {
                // As other generators are run: site-gen build content out.
                boolean writes = e.getCommandLine().getCommandSpec().findOption("--output") != null;
                e.getCommandLine().getErr().println("site-gen: folders are given as options: --content=DIR" + (writes ? " --output=DIR" : ""));
            }
            return status;
        });
        return cli.execute(args);
    }

    /** Without a command: say what the commands are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"site-gen " + (version == null ? "(development build)" : version)};
        }
    }
}
