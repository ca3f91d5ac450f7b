package dev.sitegen.text;

import org.junit.jupiter.api.Test;

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
}
