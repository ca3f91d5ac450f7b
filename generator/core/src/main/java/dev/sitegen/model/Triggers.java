package dev.sitegen.model;

import java.util.List;

/** When an agent should reach for a skill: keywords, languages, agents and workflow phases. */
public record Triggers(List<String> keywords, List<String> languages, List<String> agents, List<String> phases) {

    public static final Triggers NONE = new Triggers(List.of(), List.of(), List.of(), List.of());

    public Triggers {
        keywords = List.copyOf(keywords);
        languages = List.copyOf(languages);
        agents = List.copyOf(agents);
        phases = List.copyOf(phases);
    }

    public boolean isEmpty() {
        return keywords.isEmpty() && languages.isEmpty() && agents.isEmpty() && phases.isEmpty();
    }
}
