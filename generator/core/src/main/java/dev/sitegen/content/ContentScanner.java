package dev.sitegen.content;

import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.FileNames;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The scan stage: finds the skills in a content folder and the files that belong to each.
 *
 * <p>A skill is any folder that holds a {@code SKILL.md}, at any depth, so that collections laid
 * out as {@code skills/NAME/}, {@code NAME/} or {@code category/NAME/} all work; but not one inside
 * another skill's folder, which agents load as a file of that skill. Every other file belongs to
 * the nearest skill folder above it. Hidden files and folders are skipped, and so is
 * what git ignores or no skill means to publish ({@link IgnoredFiles}). Symbolic
 * links are followed only to files inside the content folder, so a scan never leaves it and never
 * loops.
 */
public final class ContentScanner {

    /** The name collections give the folder that holds their skills. */
    private static final String SKILLS_FOLDER = "skills";

    private final Path root;
    private final Problems problems;
    private final List<Path> files = new ArrayList<>();
    private final List<Path> hiddenDirs = new ArrayList<>();
    private final IgnoredFiles ignored;

    private ContentScanner(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
        this.ignored = IgnoredFiles.of(root);
    }

    public static ContentTree scan(Path contentDir, Problems problems) {
        java.util.Objects.requireNonNull(contentDir, "contentDir");
        java.util.Objects.requireNonNull(problems, "problems");
        Path root = contentDir.toAbsolutePath().normalize();
        ContentScanner scanner = new ContentScanner(root, problems);
        if (!found(root, problems)) {
            return new ContentTree(root, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
        }
        scanner.walk();
        return scanner.tree();
    }

    /** Whether the content folder is there to be read; if not, the problem saying so. */
    public static boolean found(Path contentDir, Problems problems) {
        Path root = contentDir.toAbsolutePath().normalize();
        if (Files.isDirectory(root)) {
            return true;
        }
        problems.error("content-missing", SourceLocation.of(root),
                Files.exists(root) ? "The content folder is a file, not a folder." : "The content folder does not exist.",
                "Create it with a folder per skill, or point --content / sitegen.content at your skills.");
        return false;
    }

    private void walk() {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && isHidden(dir)) {
                        hiddenDirs.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(root) && ignored.ignores(dir, true)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    ignored.enter(dir);
                    if (dir.getFileName() != null && dir.getFileName().toString().equals(ContentTree.SKILL_FILE)) {
                        problems.error("skill-file-is-folder", SourceLocation.of(dir),
                                "SKILL.md is a folder, so the skill around it has no skill file.",
                                "Rename the folder and put the skill's front matter and text in a file named SKILL.md.");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file) || ignored.ignores(file, false)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        followLink(file);
                    } else if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.error("unreadable", SourceLocation.of(file), "Cannot read this file or folder: " + e.getMessage(),
                            "Check its permissions, or remove it from the content folder.");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error("unreadable", SourceLocation.of(root), "Cannot read the content folder: " + e.getMessage(),
                    "Check the folder's permissions.");
        }
    }

    private void followLink(Path link) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(root.toRealPath())) {
                problems.warning("link-outside-content", SourceLocation.of(link),
                        "This symbolic link points outside the content folder (" + target + "), so it is not published.",
                        "Copy the file into the content folder if it belongs to the site.");
            } else if (Files.isDirectory(target)) {
                problems.warning("linked-folder", SourceLocation.of(link),
                        "This symbolic link points to a folder, and linked folders are not followed.",
                        "Move or copy the folder's files here instead of linking to them.");
            } else {
                files.add(link);
            }
        } catch (IOException e) {
            problems.warning("broken-link-file", SourceLocation.of(link),
                    "This symbolic link cannot be followed (" + e.getMessage() + "), so it is not published.",
                    "Fix or remove the link.");
        }
    }

    private ContentTree tree() {
        files.sort(null);
        Set<Path> skillDirs = new TreeSet<>();
        for (Path file : files) {
            if (file.getFileName().toString().equals(ContentTree.SKILL_FILE)) {
                skillDirs.add(file.getParent());
            }
        }
        Map<Path, Path> snapshotOwners = new HashMap<>();
        for (Path dir : skillDirs) {
            Path versions = dir.getParent();
            if (versions != null && versions.getFileName() != null
                    && versions.getFileName().toString().equals(ContentTree.SNAPSHOTS_FOLDER)
                    && skillDirs.contains(versions.getParent())) {
                snapshotOwners.put(dir, versions.getParent());
            }
        }
        skillDirs.removeAll(snapshotOwners.keySet());
        Set<Path> nested = nested(skillDirs);
        skillDirs.removeAll(nested);
        snapshotOwners.values().removeAll(nested);

        Map<Path, Builder> builders = new TreeMap<>();
        skillDirs.forEach(dir -> builders.put(dir, new Builder(source(dir.resolve(ContentTree.SKILL_FILE)))));
        Optional<SourceFile> siteConfig = Optional.empty();
        Optional<SourceFile> registry = Optional.empty();
        Optional<SourceFile> license = Optional.empty();
        for (Path file : files) {
            Path snapshotDir = enclosing(file, snapshotOwners.keySet());
            Path skillDir = enclosing(file, skillDirs);
            if (snapshotDir != null && (skillDir == null || snapshotDir.startsWith(skillDir))) {
                if (file.equals(snapshotDir.resolve(ContentTree.SKILL_FILE))) {
                    builders.get(snapshotOwners.get(snapshotDir)).snapshots
                            .add(new Snapshot(snapshotDir.getFileName().toString(), source(file)));
                }
            } else if (skillDir != null) {
                if (!file.getParent().equals(skillDir) || !file.getFileName().toString().equals(ContentTree.SKILL_FILE)) {
                    builders.get(skillDir).add(source(file));
                }
            } else if (file.getParent().equals(root) && file.getFileName().toString().equals(ContentTree.SITE_CONFIG)) {
                siteConfig = Optional.of(source(file));
            } else if (file.getParent().equals(root) && file.getFileName().toString().equals(ContentTree.LIBRARY_REGISTRY)) {
                registry = Optional.of(source(file));
            } else if (file.getParent().equals(root) && license.isEmpty() && ContentTree.isLicense(file.getFileName().toString())) {
                license = Optional.of(source(file));
            } else if (file.getFileName().toString().equalsIgnoreCase(ContentTree.SKILL_FILE)) {
                problems.warning("skill-file-case", SourceLocation.of(file),
                        "This file is named " + file.getFileName() + ", so its folder is not read as a skill.",
                        "Rename it to SKILL.md.");
            }
        }
        List<SkillFolder> skills = new ArrayList<>();
        builders.values().forEach(b -> skills.add(b.build()));
        if (skills.isEmpty() && !problems.hasErrors()) {
            Optional<Path> hidden = hiddenSkillsFolder();
            problems.error("no-skills", SourceLocation.of(root), "The content folder holds no skills"
                            + hidden.map(dir -> " outside hidden folders, which are skipped; " + root.relativize(dir) + " holds some.").orElse("."),
                    hidden.map(dir -> "Point --content / sitegen.content at " + dir + ".")
                            .orElse("Add a folder per skill with a SKILL.md in it, or point --content / sitegen.content at your skills."));
        }
        return new ContentTree(root, siteConfig, registry, license, skills, withoutSkill(skillDirs), besideSkills(skillDirs));
    }

    /**
     * The folders beside skill folders with Markdown in them but in no skill; not the folders
     * beside a folder of skills, such as a repository's docs beside its skills.
     */
    private List<Path> withoutSkill(Set<Path> skillDirs) {
        Set<Path> collections = collections(skillDirs);
        Set<Path> found = new TreeSet<>();
        for (Path file : files) {
            if (!SourceFile.isMarkdown(file) || enclosing(file, skillDirs) != null) {
                continue;
            }
            for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
                if (collections.contains(dir.getParent())) {
                    found.add(dir);
                    break;
                }
            }
        }
        found.removeIf(dir -> skillDirs.stream().anyMatch(skill -> skill.startsWith(dir)));
        return List.copyOf(found);
    }

    /** The folders that hold skills' folders. */
    private static Set<Path> collections(Set<Path> skillDirs) {
        Set<Path> collections = new HashSet<>();
        skillDirs.forEach(dir -> collections.add(dir.getParent()));
        return collections;
    }

    /** The Markdown and license files in folders that hold skills, but for the content folder's own. */
    private List<Path> besideSkills(Set<Path> skillDirs) {
        Set<Path> collections = collections(skillDirs);
        collections.remove(root);
        return files.stream().filter(file -> collections.contains(file.getParent()) && enclosing(file, skillDirs) == null)
                .filter(file -> SourceFile.isMarkdown(file) || ContentTree.isLicense(file.getFileName().toString())).sorted().toList();
    }

    /**
     * Where the skills of the hidden folder that holds the most are, as {@code .claude/skills} and
     * {@code .agents/skills} hold them in the repositories agents read them from; git's own folder
     * aside. Skills in several folders, as {@code .agent/skills/local} and {@code .agent/skills/upstream/ecc},
     * are all in the folder that holds those.
     */
    private Optional<Path> hiddenSkillsFolder() {
        List<Path> most = List.of();
        for (Path hidden : hiddenDirs) {
            if (hidden.getFileName().toString().equals(".git")) {
                continue;
            }
            try (var found = Files.find(hidden, 8, (file, attrs) -> attrs.isRegularFile()
                    && file.getFileName().toString().equals(ContentTree.SKILL_FILE))) {
                List<Path> skills = found.map(file -> file.getParent()).toList();
                most = skills.size() > most.size() ? skills : most;
            } catch (IOException | java.io.UncheckedIOException e) {
                // A folder that cannot be searched only leaves the hint out.
            }
        }
        return most.stream().map(Path::getParent).reduce(ContentScanner::commonFolder);
    }

    private static Path commonFolder(Path a, Path b) {
        Path common = a;
        while (!b.startsWith(common)) {
            common = common.getParent();
        }
        return common;
    }

    /**
     * The skill folders inside another skill's folder, each warned of: agents load such a SKILL.md
     * as a file of the skill around it ({@code game-development/2d-games/SKILL.md}, beside a copy of
     * it at the top, is game-development's). The content folder, and a folder named {@code skills},
     * hold skills, whatever SKILL.md stands beside them.
     */
    private Set<Path> nested(Set<Path> skillDirs) {
        Set<Path> nested = new TreeSet<>();
        for (Path dir : skillDirs) {
            Path outer = null;
            for (Path above = dir.getParent(); above != null && !above.equals(root); above = above.getParent()) {
                if (skillDirs.contains(above) && !above.getFileName().toString().equals(SKILLS_FOLDER)) {
                    outer = above;
                }
            }
            if (outer != null) {
                nested.add(dir);
                problems.warning("nested-skill", SourceLocation.of(dir.resolve(ContentTree.SKILL_FILE), 1),
                        "This SKILL.md is inside the folder of the skill " + FileNames.relative(root, outer)
                                + ", so agents load it as a file of that skill, not as a skill of its own, and so does the site.",
                        "Move its folder beside " + outer.getFileName() + " if it is a skill of its own, or rename it if it is a page.");
            }
        }
        return nested;
    }

    /** The deepest of {@code dirs} that holds {@code file}, or null. */
    private static Path enclosing(Path file, Set<Path> dirs) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (dirs.contains(dir)) {
                return dir;
            }
        }
        return null;
    }

    private SourceFile source(Path file) {
        return new SourceFile(file, FileNames.relative(root, file));
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static final class Builder {
        private static final String ASSETS = "assets";
        private final SourceFile skillFile;
        private final List<SourceFile> pages = new ArrayList<>();
        private final List<SourceFile> files = new ArrayList<>();
        private final List<Snapshot> snapshots = new ArrayList<>();

        Builder(SourceFile skillFile) {
            this.skillFile = skillFile;
        }

        /**
         * A Markdown file is a page, unless it is in the skill's {@code assets/}, which the Agent Skills
         * standard keeps for what the skill uses rather than what it says: templates, whose placeholders
         * are neither links nor front matter, are published as the files they are.
         */
        void add(SourceFile file) {
            boolean asset = skillFile.path().getParent().relativize(file.path()).getName(0).toString().equals(ASSETS);
            (file.isMarkdown() && !asset ? pages : files).add(file);
        }

        SkillFolder build() {
            return new SkillFolder(skillFile, pages, files, snapshots);
        }
    }
}
