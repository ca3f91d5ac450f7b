// The real plugin, resolved by its prefix, rendered the sample content with the sample's own 404 template.
def site = new File(basedir, 'site-output')
def skill = new File(site, 'skills/hello/index.html')
assert skill.isFile() : 'the skill page was not written'
assert skill.text.contains('href="reference/index.html#greetings"') : 'the link to the reference page was not resolved'
assert skill.text.contains('href="scripts/hello.sh"') : 'the link to the script was not resolved'
assert skill.text.contains('<link rel="canonical" href="https://owner.github.io/sample/skills/hello/">') : 'sitegen.baseUrl was not applied'
assert new File(site, 'skills/hello/reference/index.html').isFile()
assert new File(site, 'skills/hello/scripts/hello.sh').isFile()
assert new File(site, '404.html').text.contains('Lost? (sample theme)') : 'the site template did not override the built-in one'
assert new File(site, 'index.html').text.contains('Sample skills')
def log = new File(basedir, 'build.log').text
assert log =~ /site-gen: 1 skill, \d+ pages, 0 warnings, 0 errors/
