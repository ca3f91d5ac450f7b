package dev.sitegen.cli;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.SiteGenerator;
import dev.sitegen.problem.ProblemReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run every validation of the content without writing the site. Exit status: 0 clean, 1 errors "
                + "(or warnings with --strict), 2 usage.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, github }

    /** A check writes no site, but a configuration names an output folder: this one, never opened. */
    private static final Path NOTHING_WRITTEN = Path.of("site-output");

    @Mixin
    SiteOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (grouped by file), json, or github (workflow commands that mark problems on a pull request). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = SiteGenerator.generate(options.toConfig(NOTHING_WRITTEN).withMode(BuildConfig.Mode.CHECK));
        PrintWriter out = spec.commandLine().getOut();
        Path base = Path.of("").toAbsolutePath();
        out.print(switch (format) {
            case text -> ProblemReport.text(result.problems(), base) + "site-gen check: " + result.summary() + "\n"
                    + result.notes().stream().map(note -> "site-gen check: " + note + "\n").collect(Collectors.joining());
            case json -> ProblemReport.json(result.problems(), base);
            case github -> ProblemReport.github(result.problems(), base);
        });
        out.flush();
        return result.success() ? Main.OK : Main.PROBLEMS;
    }
}
