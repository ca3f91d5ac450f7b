// The check goal marks problems for GitHub, straight on standard output, and writes no site.
def log = new File(basedir, 'build.log').text
assert log.contains('::warning file=content/skills/lonely/SKILL.md,line=6,title=site-gen broken-link::') : log
assert log.contains('BUILD SUCCESS') : 'warnings alone do not fail a check'
assert !new File(basedir, 'site-output').exists() : 'a check writes no site'
true
