package dev.sitegen.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditDistanceTest {

    @Test
    void countsTheFewestCharactersInsertedDeletedOrReplaced() {
        assertEquals(0, EditDistance.between("name", "name"));
        assertEquals(1, EditDistance.between("descriptio", "description"), "one left out");
        assertEquals(1, EditDistance.between("overvew", "overview"));
        assertEquals(2, EditDistance.between("date", "name"), "two replaced");
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(4, EditDistance.between("", "name"));
    }

    @Test
    void findsTheNearestCandidateWithinADistanceTheFirstByNameOfAnyTie() {
        List<String> candidates = List.of("title", "tags", "tools", "version");
        assertEquals(Optional.of("tags"), EditDistance.closest("tag", candidates, 2));
        assertEquals(Optional.of("tags"), EditDistance.closest("toas", candidates, 2), "tags and tools are both 2 away");
        assertEquals(Optional.empty(), EditDistance.closest("status", candidates, 2));
    }
}
