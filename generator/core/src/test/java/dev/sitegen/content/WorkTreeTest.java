package dev.sitegen.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WorkTreeTest {

    /** The tests run in generator/core of site-gen's own checkout: "src" is a folder named as --content=skills names one. */
    @Test
    void findsTheWorkTreeAboveAFolderNamedRelatively() {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        assumeTrue(Files.exists(root.resolve(".git")), "the tests run in a git checkout of site-gen");
        assertEquals(Optional.of(root), WorkTree.rootAbove(Path.of("src")).map(Path::normalize));
    }
}
