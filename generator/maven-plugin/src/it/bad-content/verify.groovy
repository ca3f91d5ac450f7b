// Bad content fails the build with BUILD FAILURE, names file:line, and leaves the previous site alone.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /content\/skills\/broken\/SKILL\.md:\d+:\d+: error \[yaml-syntax\]/
assert !log.contains('\tat dev.sitegen') : 'a stack trace was printed'
def failure = log.readLines().find { it.contains('error(s) in') }
assert failure.contains(new File(basedir, 'content').canonicalPath + ';') : failure
assert log =~ /\[ERROR\] site-gen: 0 skills, 0 warnings, 1 error in /
assert log.contains('site-gen: nothing was written, so ' + new File(basedir, 'site-output').canonicalPath + ' is as it was')
def site = new File(basedir, 'site-output')
assert new File(site, 'index.html').text == '<p>previous site</p>\n' : 'the previous site was changed'
assert site.list().sort() == ['.site-gen', 'index.html'] : 'the output folder holds more than before: ' + site.list()
