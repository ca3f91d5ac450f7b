package dev.sitegen.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.sitegen.markdown.Heading;
import dev.sitegen.markdown.Sections;
import dev.sitegen.model.ExtraField;
import dev.sitegen.model.Invocation;
import dev.sitegen.model.ProgressiveDisclosure;
import dev.sitegen.model.SkillMetadata;
import dev.sitegen.text.HtmlText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What changed from one version of a skill to another: front-matter fields, sections, lines, and the
 * changed lines themselves with a little context and the changed words marked.
 *
 * @param fields each field whose value differs, as the skill model reads it, so that moving a field
 *     under {@code metadata:} is not a change while changing its value is
 * @param sections each section, by heading, that was added, removed, changed or renamed
 * @param hunks the changed lines, grouped with {@value #CONTEXT} lines of context around them
 */
public record Comparison(List<FieldChange> fields, List<SectionChange> sections, int linesAdded, int linesRemoved,
                         List<Hunk> hunks) {

    static final int CONTEXT = 3;

    public record FieldChange(String field, String before, String after) {
    }

    /** @param from the heading a renamed section had before; null for other changes */
    public record SectionChange(String heading, Change change, String from) {

        SectionChange(String heading, Change change) {
            this(heading, change, null);
        }
    }

    /** RENAMED is a section whose heading changed and whose text did not. */
    public enum Change {
        ADDED, REMOVED, CHANGED, RENAMED
    }

    /**
     * A run of lines. {@code html} is the line's text, escaped, with removed words in {@code <del>}
     * and added words in {@code <ins>}; numbers are 0 for a side the line is not on.
     */
    public record Line(Kind kind, int oldNumber, int newNumber, String html) {
    }

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    public record Hunk(List<Line> lines) {
    }

    /** @param olderHeadings, newerHeadings the headings of each body, with their offsets in it */
    public static Comparison between(Version older, List<Heading> olderHeadings, Version newer, List<Heading> newerHeadings) {
        List<Line> lines = lines(older.revision().text().lines().toList(), newer.revision().text().lines().toList());
        int added = (int) lines.stream().filter(l -> l.kind() == Kind.ADDED).count();
        int removed = (int) lines.stream().filter(l -> l.kind() == Kind.REMOVED).count();
        return new Comparison(fields(older.metadata(), newer.metadata()),
                sections(Sections.of(older.document().body(), olderHeadings), Sections.of(newer.document().body(), newerHeadings)),
                added, removed, hunks(lines));
    }

    public boolean isEmpty() {
        return fields.isEmpty() && linesAdded == 0 && linesRemoved == 0;
    }

    /**
     * Every line of both texts as a unified diff. A changed block whose old and new lines pair up one
     * to one, and a pair that is mostly the same, gets its changed words marked; other changes show
     * as whole lines removed and added, since marking words between unrelated lines is noise.
     */
    private static List<Line> lines(List<String> older, List<String> newer) {
        List<Line> lines = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            for (; o < delta.getSource().getPosition(); o++, n++) {
                lines.add(new Line(Kind.SAME, o + 1, n + 1, HtmlText.escape(older.get(o))));
            }
            List<String> before = delta.getSource().getLines();
            List<String> after = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE && before.size() == after.size()) {
                for (int i = 0; i < before.size(); i++) {
                    String[] marked = WordDiff.mark(before.get(i), after.get(i));
                    lines.add(new Line(Kind.REMOVED, ++o, 0, marked[0]));
                    lines.add(new Line(Kind.ADDED, 0, ++n, marked[1]));
                }
            } else {
                for (String line : before) {
                    lines.add(new Line(Kind.REMOVED, ++o, 0, HtmlText.escape(line)));
                }
                for (String line : after) {
                    lines.add(new Line(Kind.ADDED, 0, ++n, HtmlText.escape(line)));
                }
            }
        }
        for (; o < older.size(); o++, n++) {
            lines.add(new Line(Kind.SAME, o + 1, n + 1, HtmlText.escape(older.get(o))));
        }
        return lines;
    }

    /** The changed lines with their context; runs of context that meet or overlap join into one hunk. */
    private static List<Hunk> hunks(List<Line> lines) {
        boolean[] shown = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() != Kind.SAME) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) {
                    shown[j] = true;
                }
            }
        }
        List<Hunk> hunks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && shown[i]) {
                current.add(lines.get(i));
            } else if (!current.isEmpty()) {
                hunks.add(new Hunk(List.copyOf(current)));
                current.clear();
            }
        }
        return hunks;
    }

    /** A section removed and one added with the same text is one section under a new heading. */
    private static List<SectionChange> sections(Map<String, String> older, Map<String, String> newer) {
        Map<String, String> removedByText = new HashMap<>();
        older.forEach((heading, text) -> {
            String below = underHeading(text);
            if (!heading.isEmpty() && !newer.containsKey(heading) && !below.isEmpty()) {
                removedByText.putIfAbsent(below, heading);
            }
        });
        Set<String> renamed = new HashSet<>();
        List<SectionChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : newer.entrySet()) {
            String before = older.get(e.getKey());
            String was = before == null && !e.getKey().isEmpty() ? removedByText.remove(underHeading(e.getValue())) : null;
            if (was != null) {
                renamed.add(was);
                changes.add(new SectionChange(e.getKey(), Change.RENAMED, was));
            } else if (before == null && !e.getValue().isBlank()) {
                changes.add(new SectionChange(sectionName(e.getKey()), Change.ADDED));
            } else if (before != null && !before.strip().equals(e.getValue().strip())) {
                changes.add(new SectionChange(sectionName(e.getKey()), before.isBlank() ? Change.ADDED
                        : e.getValue().isBlank() ? Change.REMOVED : Change.CHANGED));
            }
        }
        older.entrySet().stream().filter(e -> !newer.containsKey(e.getKey()) && !renamed.contains(e.getKey()) && !e.getValue().isBlank())
                .forEach(e -> changes.add(new SectionChange(sectionName(e.getKey()), Change.REMOVED)));
        return changes;
    }

    /** A section's text below its heading's line (and a setext heading's underline), stripped. */
    private static String underHeading(String section) {
        int lineEnd = section.indexOf('\n');
        String below = lineEnd < 0 ? "" : section.substring(lineEnd + 1);
        return SETEXT_UNDERLINE.matcher(below).replaceFirst("").strip();
    }

    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \t]*(?:\n|$)");

    /** The text before the first heading has no heading to go by. */
    private static String sectionName(String heading) {
        return heading.isEmpty() ? OPENING_TEXT : heading;
    }

    static final String OPENING_TEXT = "(opening text)";

    /** None when either front matter could not be read: its fields were not removed, only unreadable, as the lines show. */
    private static List<FieldChange> fields(SkillMetadata older, SkillMetadata newer) {
        if (older == null || newer == null) {
            return List.of();
        }
        Map<String, String> before = fields(older);
        Map<String, String> after = fields(newer);
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changes.add(new FieldChange(key, before.get(key), after.get(key)));
            }
        }
        return changes;
    }

    /** The budgets in the front matter's own words, as the other values of the changes table are. */
    private static String asWritten(ProgressiveDisclosure budget) {
        List<String> parts = new ArrayList<>();
        if (budget.enabled() != null) {
            parts.add("enabled: " + budget.enabled());
        }
        if (budget.level1Tokens() != null) {
            parts.add("level1_tokens: " + budget.level1Tokens());
        }
        if (budget.level2Tokens() != null) {
            parts.add("level2_tokens: " + budget.level2Tokens());
        }
        return String.join(", ", parts);
    }

    /**
     * The fields of the skill model as text, absent ones left out, each by its front-matter key
     * (a collection's own under {@code metadata:} without it), which the pages label in words.
     */
    static Map<String, String> fields(SkillMetadata m) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "name", m.name());
        put(fields, "description", m.description());
        put(fields, "version", m.version());
        put(fields, "category", m.category());
        put(fields, "status", m.status());
        put(fields, "tags", String.join(", ", m.tags()));
        put(fields, "updated", m.updated());
        put(fields, "license", m.license());
        put(fields, "compatibility", m.compatibility());
        put(fields, "allowed-tools", String.join(" ", m.allowedTools()));
        Invocation invocation = m.invocation();
        put(fields, "user-invocable", Objects.toString(invocation.userInvocable(), null));
        put(fields, "disable-model-invocation", invocation.modelInvocable() == null ? null : String.valueOf(!invocation.modelInvocable()));
        put(fields, "argument-hint", invocation.argumentHint());
        put(fields, "model", invocation.model());
        put(fields, "effort", invocation.effort());
        put(fields, "context", invocation.context());
        put(fields, "agent", invocation.agent());
        put(fields, "related-skills", String.join(", ", m.relatedSkills()));
        put(fields, "context7-libraries", String.join(", ", m.context7Libraries()));
        if (m.progressiveDisclosure() != null) {
            put(fields, "progressive-disclosure", asWritten(m.progressiveDisclosure()));
        }
        put(fields, "trigger-keywords", String.join(", ", m.triggers().keywords()));
        put(fields, "trigger-languages", String.join(", ", m.triggers().languages()));
        put(fields, "trigger-agents", String.join(", ", m.triggers().agents()));
        put(fields, "trigger-phases", String.join(", ", m.triggers().phases()));
        for (ExtraField extra : m.extras()) {
            put(fields, extra.key().replaceFirst("^metadata\\.", ""), String.valueOf(extra.value()));
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }
}
