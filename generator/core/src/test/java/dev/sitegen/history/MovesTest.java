package dev.sitegen.history;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MovesTest {

    @Test
    void followsAFileThroughEveryRenameToTheFirstNameThatExists() {
        Moves moves = new Moves(Map.of("a/reference.md", "a/docs/reference.md", "a/docs/reference.md", "a/docs/options.md"));
        assertEquals(Optional.of("a/docs/options.md"), moves.current("a/reference.md", Set.of("a/docs/options.md")::contains));
        assertEquals(Optional.of("a/docs/reference.md"), moves.current("a/reference.md", name -> true),
                "a name in between that a page has again is the one meant");
    }

    @Test
    void aFileNeverRenamedOrRenamedToNothingThatExistsHasNoCurrentName() {
        Moves moves = new Moves(Map.of("a/reference.md", "a/gone.md"));
        assertEquals(Optional.empty(), moves.current("a/other.md", name -> true));
        assertEquals(Optional.empty(), moves.current("a/reference.md", name -> false));
    }

    @Test
    void aFileRenamedBackAndForthIsNotFollowedForEver() {
        Moves moves = new Moves(Map.of("a.md", "b.md", "b.md", "a.md"));
        assertEquals(Optional.empty(), moves.current("a.md", name -> false));
        assertEquals(Optional.of("a.md"), moves.current("b.md", "a.md"::equals));
    }
}
