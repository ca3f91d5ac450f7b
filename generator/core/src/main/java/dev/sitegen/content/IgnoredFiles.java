package dev.sitegen.content;

import dev.sitegen.text.FileNames;
import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a scan leaves out besides hidden files: what git leaves out, by the {@code .gitignore}
 * files of the content folder, the folders in it, and the folders above it up to its repository's
 * root; and what no skill means to publish even where nothing says so, as a clone on a build
 * machine would not have it either: installed packages ({@code node_modules/}), Python's caches
 * ({@code __pycache__/}, {@code *.pyc}), editors' backup and swap files ({@code name~},
 * {@code *.swp}), and backups left beside files ({@code *.bak}, {@code *.orig}, {@code *.backup},
 * {@code *.backup-2026-01-09}). A skill that runs {@code npm install} in its {@code scripts/}
 * would otherwise publish thousands of pages of other people's READMEs.
 */
final class IgnoredFiles {

    private static final Set<String> FOLDERS = Set.of("node_modules", "__pycache__");
    private static final Pattern FILES = Pattern.compile("(?i).*(~|\\.swp|\\.pyc|\\.pyo|\\.bak|\\.orig|\\.backup([.\\-_]\\d[\\w.\\-]*)?)");
    private static final String GITIGNORE = ".gitignore";

    /** The rules of each folder that has a {@code .gitignore}, by folder. */
    private final Map<Path, IgnoreNode> rules = new HashMap<>();
    /** The outermost folder whose rules apply: the repository's root, or the content folder outside one. */
    private final Path top;

    private IgnoredFiles(Path top) {
        this.top = top;
    }

    /**
     * The rules for a scan of {@code root}, with those of the folders above it in its repository.
     * Every path it is given, this one and those it is asked about, is absolute, as the scan's are.
     */
    static IgnoredFiles of(Path root) {
        Path repository = WorkTree.rootAbove(root).orElse(null);
        IgnoredFiles ignored = new IgnoredFiles(repository == null ? root : repository);
        for (Path dir = root.getParent(); repository != null && dir != null && dir.startsWith(repository); dir = dir.getParent()) {
            ignored.enter(dir);
        }
        if (ignored.ignoredByGit(root, true)) {
            // A content folder git ignores, such as a package's skills in node_modules/, is built as asked.
            ignored.rules.clear();
        }
        return ignored;
    }

    /** Reads a folder's {@code .gitignore}, if it has one, before what is in the folder is asked about. */
    void enter(Path dir) {
        Path file = dir.resolve(GITIGNORE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(file.toString(), in);
            rules.put(dir, node);
        } catch (IOException e) {
            // An unreadable .gitignore ignores nothing, as git's own reading would fail on it too.
        }
    }

    boolean ignores(Path path, boolean folder) {
        String name = path.getFileName().toString();
        boolean unwanted = folder ? FOLDERS.contains(name) : FILES.matcher(name).matches();
        return unwanted || ignoredByGit(path, folder);
    }

    /** Whether the nearest .gitignore that says anything of the path ignores it, as in git. */
    private boolean ignoredByGit(Path path, boolean folder) {
        for (Path dir = path.getParent(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
            IgnoreNode node = rules.get(dir);
            Boolean ignored = node == null ? null : node.checkIgnored(FileNames.relative(dir, path), folder);
            if (ignored != null) {
                return ignored;
            }
        }
        return false;
    }
}
