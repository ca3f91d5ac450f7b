package dev.sitegen;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's two commands, the CI workflow, the Pages workflow and {@code .ci/run} must not drift
 * apart: the workflows run the README's commands, and publish the way GitHub Pages expects.
 */
class WorkflowsTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    /** The command in the README's quick-start table whose row starts with {@code purpose}. */
    private static String readmeCommand(String purpose) throws Exception {
        Matcher row = Pattern.compile("^\\| " + Pattern.quote(purpose) + "[^|]*\\| `(mvn [^`]+)` \\|$", Pattern.MULTILINE)
                .matcher(Files.readString(REPOSITORY.resolve("README.md")));
        assertTrue(row.find(), "the README's quick start has a row for: " + purpose);
        return row.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow(String name) throws Exception {
        return new Yaml().load(Files.readString(REPOSITORY.resolve(".github/workflows/" + name)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get(job)).get("steps");
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
        return steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith(uses + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    private static String runs(List<Map<String, Object>> steps) {
        return steps.stream().map(s -> String.valueOf(s.get("run"))).reduce("", (a, b) -> a + "\n" + b).replaceAll("\\s+", " ");
    }

    /** YAML 1.1 reads the key "on" as true. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> triggers(Map<String, Object> workflow) {
        return (Map<String, Object>) (workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
    }

    @Test
    void ciRunsTheReadmesTestCommandOnBothJdks() throws Exception {
        Map<String, Object> ci = workflow("ci.yml");
        assertTrue(triggers(ci).keySet().containsAll(List.of("push", "pull_request")));
        List<Map<String, Object>> steps = steps(ci, "test");
        assertTrue(runs(steps).contains(readmeCommand("run every test").replace("mvn ", "mvn -B ")), runs(steps));
        @SuppressWarnings("unchecked")
        Map<String, Object> strategy = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ci.get("jobs")).get("test")).get("strategy");
        assertEquals(Map.of("java", List.of("17", "25")), strategy.get("matrix"));
    }

    @Test
    void ciRunIsTheReadmesTestCommandNothingWeaker() throws Exception {
        String script = Files.readString(REPOSITORY.resolve(".ci/run"));
        assertTrue(script.contains("\n" + readmeCommand("run every test").replace("mvn ", "mvn -B ") + "\n"), script);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesBuildsWithTheReadmesCommandAndDeploysTheSite() throws Exception {
        Map<String, Object> pages = workflow("pages.yml");
        assertEquals(List.of("main"), ((Map<String, Object>) triggers(pages).get("push")).get("branches"));
        assertTrue(triggers(pages).containsKey("workflow_dispatch"));
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), pages.get("permissions"));
        assertTrue(String.valueOf(((Map<String, Object>) pages.get("concurrency")).get("group")).startsWith("pages"));

        List<Map<String, Object>> build = steps(pages, "build");
        assertEquals(0, ((Map<String, Object>) step(build, "actions/checkout").get("with")).get("fetch-depth"), "full history for versions");
        assertEquals("maven", ((Map<String, Object>) step(build, "actions/setup-java").get("with")).get("cache"));
        String configure = (String) step(build, "actions/configure-pages").get("id");
        String run = runs(build);
        assertTrue(run.contains(readmeCommand("build the generator").replace("mvn ", "mvn -B ")), run);
        assertTrue(run.contains("-Dsitegen.baseUrl=${{ steps." + configure + ".outputs.base_url }}/"), run);
        Map<String, Object> check = build.stream().filter(s -> String.valueOf(s.get("run")).contains("site-gen:check -Dsitegen.format=github"))
                .findFirst().orElseThrow(() -> new AssertionError("problems are marked on pull requests: " + run));
        assertEquals("${{ !cancelled() }}", check.get("if"), "errors, which fail the build before it, are marked too");
        assertEquals("site-output", ((Map<String, Object>) step(build, "actions/upload-pages-artifact").get("with")).get("path"));
        step(steps(pages, "deploy"), "actions/deploy-pages");
        String mainOnly = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'";
        assertEquals(mainOnly, step(build, "actions/upload-pages-artifact").get("if"));
        assertEquals(mainOnly, ((Map<String, Object>) ((Map<String, Object>) pages.get("jobs")).get("deploy")).get("if"),
                "only main deploys, not a manual run on another branch");
    }

    @Test
    void usesTheCurrentMajorVersionsOfTheOfficialActions() throws Exception {
        Map<String, String> current = Map.of("actions/checkout", "v6", "actions/setup-java", "v5", "actions/configure-pages", "v6",
                "actions/upload-pages-artifact", "v5", "actions/deploy-pages", "v5");
        for (String name : List.of("ci.yml", "pages.yml")) {
            Matcher uses = Pattern.compile("uses: ([\\w-]+/[\\w-]+)@(\\S+)").matcher(Files.readString(REPOSITORY.resolve(".github/workflows/" + name)));
            while (uses.find()) {
                assertEquals(current.get(uses.group(1)), uses.group(2), name + " uses " + uses.group());
            }
        }
    }
}
