package dev.sitegen.model;

import dev.sitegen.ContentFixture;
import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteConfigReaderTest {

    @TempDir
    Path dir;
    private final Problems problems = new Problems();

    private SiteConfig read(String yaml) {
        Path file = new ContentFixture(dir).write("site.yaml", yaml);
        return SiteConfigReader.read(Optional.of(new SourceFile(file, "site.yaml")), SiteConfig.DEFAULT, problems);
    }

    @Test
    void readsTheRepositoryWithoutItsTrailingSlash() {
        assertEquals("https://github.com/owner/repo", read("repository: https://github.com/owner/repo/\n").repositoryUrl());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void readsACloneAddressAsTheRepositorysWebAddress() {
        assertEquals("https://github.com/owner/repo", read("repository: git@github.com:owner/repo.git\n").repositoryUrl());
        assertEquals("https://gitlab.example.com/group/repo", read("repository: https://gitlab.example.com/group/repo.git/\n").repositoryUrl());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void refusesARepositoryThatIsNotAWebAddressSinceEveryEditLinkStartsWithIt() {
        assertNull(read("title: t\nrepository: \"javascript:alert(1)//\"\n").repositoryUrl());
        Problem problem = problems.sorted().get(0);
        assertEquals("repository-url", problem.code());
        assertEquals(2, problem.location().line());
    }

    @Test
    void namesTheFileItsYamlIsBrokenIn() {
        read("title: [unclosed\n");
        assertEquals("yaml-syntax", problems.sorted().get(0).code());
        assertTrue(problems.sorted().get(0).message().startsWith("site.yaml is not valid YAML: "), problems.sorted().get(0).message());
    }

    @Test
    void readsTheSkillsLanguageAndKeepsEnglishForWhatIsNoLanguageTag() {
        assertEquals("en", read("title: t\n").language());
        assertEquals("zh-Hans", read("language: zh-Hans\n").language());
        assertEquals(List.of(), problems.sorted());
        assertEquals("en", read("language: \"ja\\\" onload=\\\"x\"\n").language(), "it goes into an attribute of every page");
        assertEquals("site-language", problems.sorted().get(0).code());
    }
}
