package dev.sitegen.cli;

import dev.sitegen.BuildResult;
import dev.sitegen.SiteGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "build", description = "Render the content folder into the output folder.", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Mixin
    SiteOptions.Output output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = SiteGenerator.generate(output.config(options), ProgressLine.forTerminal(spec.commandLine().getErr()));
        Report.print(result, spec.commandLine().getOut(), spec.commandLine().getErr());
        return result.success() ? Main.OK : Main.PROBLEMS;
    }
}
