package dev.sitegen.check;

import dev.sitegen.markdown.Heading;
import dev.sitegen.model.ProgressiveDisclosure;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.site.Page;
import dev.sitegen.site.Site;
import dev.sitegen.site.Skill;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The progressive-disclosure budget a skill declares ({@code level1_tokens}, {@code level2_tokens}):
 * level 1 is what an agent always reads, the quick reference (the section under a "Quick Reference"
 * heading, with its subsections; the description when there is none); level 2 is the whole body.
 * Tokens are estimated as one per four characters, the usual rule for English text and code.
 */
public final class DisclosureBudget {

    private static final Pattern QUICK_REFERENCE = Pattern.compile("quick reference", Pattern.CASE_INSENSITIVE);
    static final int CHARACTERS_PER_TOKEN = 4;

    private DisclosureBudget() {
    }

    public static void check(Site site, Problems problems) {
        for (Skill skill : site.skills()) {
            ProgressiveDisclosure budget = skill.metadata().progressiveDisclosure();
            if (budget == null) {
                continue;
            }
            Page main = skill.main();
            String body = main.body();
            SourceLocation file = SourceLocation.of(main.source().path());
            if (budget.level1Tokens() != null) {
                Heading quick = main.headings().stream().filter(h -> QUICK_REFERENCE.matcher(h.text()).find()).findFirst().orElse(null);
                String level1 = quick == null ? skill.metadata().description() : section(body, main.headings(), quick);
                String what = quick == null ? "description (the skill has no Quick Reference section)" : "quick reference";
                over(problems, quick == null ? file : SourceLocation.of(file.file(), quick.line()), what, level1, budget.level1Tokens(), "level1_tokens");
            }
            if (budget.level2Tokens() != null) {
                over(problems, file, "body", body, budget.level2Tokens(), "level2_tokens");
            }
        }
    }

    /** A section with its subsections: from its heading to the next heading of the same or a higher level. */
    private static String section(String body, List<Heading> headings, Heading start) {
        int end = body.length();
        for (Heading h : headings) {
            if (h.offset() > start.offset() && h.level() <= start.level()) {
                end = h.offset();
                break;
            }
        }
        return body.substring(Math.min(start.offset(), body.length()), end);
    }

    static int tokens(String text) {
        return (text.length() + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    private static void over(Problems problems, SourceLocation at, String what, String text, int budget, String field) {
        int tokens = tokens(text);
        if (tokens > budget) {
            problems.warning("disclosure-budget", at, "The " + what + " is about " + tokens + " tokens, over the " + budget
                            + " that progressive_disclosure." + field + " allows.",
                    "Trim it, or raise " + field + " if the budget no longer fits the skill.");
        }
    }
}
