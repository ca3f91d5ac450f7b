package dev.sitegen.search;

/**
 * The fields of the index, in lunr's order, with their boosts. A reader searches for a page or a
 * topic, so a word in the page's title weighs most, then in a section's heading, then in the
 * tags and keywords an author chose to describe the skill, and least in running text. The steps
 * are wide enough that one title or heading match outranks a body that repeats the word, since
 * BM25 saturates term frequency: the most a term can score in a field is 2.2 times its idf.
 */
enum SearchField {
    TITLE("title", 10),
    HEADING("heading", 5),
    TAGS("tags", 3),
    BODY("body", 1);

    final String label;
    final int boost;

    SearchField(String label, int boost) {
        this.label = label;
        this.boost = boost;
    }

    /**
     * The field's text in a document; keywords are words, split as text is. The page's title and
     * the skill's keywords say what the whole page is about, so they weigh as such only in the
     * section that stands for the page, its opening. In every other section the title is running
     * text, which lets "skill topic" find the skill's section on the topic without every section of
     * the page outranking the one that says the word; the keywords are left out there.
     */
    String text(SearchDocument document) {
        boolean page = document.opensPage();
        return switch (this) {
            case TITLE -> page ? document.title() : "";
            case HEADING -> document.heading();
            case TAGS -> page ? String.join(" ", document.keywords()) : "";
            case BODY -> page ? document.text() : document.title() + "\n" + document.text();
        };
    }
}
