// `mvn site-gen:serve` as an author runs it: it builds, logs each problem at its level, serves, and stops
// on a signal as on Ctrl+C. The invoker cannot stop a goal that runs until stopped, so this script runs it.
import java.util.concurrent.TimeUnit

// Resolved as the invoker resolves the other samples: from its repository, filled from the user's.
def settings = new File(basedir, 'settings.xml')
settings.text = new File(settingsTemplate).text.replace('@localRepositoryUrl@', new File(userRepository).toURI().toString())
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def process = new ProcessBuilder(mvn, '-B', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}",
        "${plugin}:serve", '-Dsitegen.port=0')
        .directory(basedir).redirectErrorStream(true).start()
def lines = []
try {
    def reader = process.inputStream.newReader('UTF-8')
    def url = null
    for (def line = reader.readLine(); url == null && line != null; line = url == null ? reader.readLine() : null) {
        lines << line
        def serving = line =~ /serving .* at (http:\/\/127\.0\.0\.1:\d+\/\S*)/
        url = serving.find() ? serving.group(1) : null
    }
    assert url != null : lines.join('\n')

    // The first build failed, so there is no site yet: a page the live-reload script shows the problems over.
    def page = (HttpURLConnection) new URL(url).openConnection()
    assert page.responseCode == 404
    assert page.errorStream.getText('UTF-8').contains('No site yet')

    process.toHandle().destroy()
    assert process.waitFor(60, TimeUnit.SECONDS) : 'serve stops on SIGTERM'
    lines.addAll(reader.readLines())
} finally {
    process.destroyForcibly()
}
def log = lines.join('\n')
assert log.contains('[ERROR] content/skills/broken/SKILL.md:3:14: error [yaml-syntax]') : log
assert log.contains('[WARNING] content/skills/lonely/SKILL.md:6: warning [broken-link]') : log
assert log =~ /\[ERROR\] site-gen: .*, 1 error in .*; the served page shows the problems until a build succeeds/ : log
assert log.contains('[INFO] site-gen: stopped') : log
true
